import { DOMParser } from 'linkedom';
import type { SvgDom } from './sanitize-svg.ts';

/** An SVG parser for the command line, which has no browser: linkedom's XML parser. */
export const nodeSvgDom: SvgDom = {
  parse(text) {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    // linkedom's own node types stand in for the DOM's; the sanitiser uses only what both have.
    return (document.documentElement as unknown as Element | null) ?? undefined;
  },
  // linkedom writes a node's markup as its string form (it has no XMLSerializer).
  serialize: (root) => (root as unknown as { toString(): string }).toString(),
};
