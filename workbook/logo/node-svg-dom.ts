import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import type { SvgDom } from './sanitize-svg.ts';

const require = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;

/**
 * An SVG parser for the command line, which has no browser: linkedom's XML parser, loaded on the
 * first SVG logo (150 ms to load), so a command without one does not pay for it.
 */
export const nodeSvgDom: SvgDom = {
  parse(text) {
    linkedom ??= require('linkedom') as typeof Linkedom;
    const document = new linkedom.DOMParser().parseFromString(text, 'image/svg+xml');
    // linkedom's own node types stand in for the DOM's; the sanitiser uses only what both have.
    return (document.documentElement as unknown as Element | null) ?? undefined;
  },
  // linkedom writes a node's markup as its string form (it has no XMLSerializer).
  serialize: (root) => (root as unknown as { toString(): string }).toString(),
};
