/**
 * remark-known-components: fails the build on any MDX element that is not one of ours.
 *
 * MDX renders an unknown `<Reflektion>` as a runtime error deep inside the page render, and a
 * lower-case `<reflection>` silently as an unknown HTML tag; both would lose a prompt from the
 * guide and the workbook. This plugin names the file, the line and the components allowed.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { FriendlyError } from '../lib/friendly-error.ts';
import { isMdxElement } from './mdx-attributes.ts';
import { sourceLocation } from './source-location.ts';

export interface KnownComponentsOptions {
  /** Component names authors may use in chapters. */
  allowed: readonly string[];
}

/** Pure core: the first unknown element in the tree, if any. */
export function findUnknownComponent(tree: Root, allowed: readonly string[]) {
  let unknown: { name: string; node: Node } | undefined;
  visit(tree, (node) => {
    if (unknown || !isMdxElement(node)) return;
    const name = node.name ?? '<>';
    if (!allowed.includes(name)) unknown = { name, node };
  });
  return unknown;
}

export default function remarkKnownComponents(options: KnownComponentsOptions) {
  return (tree: Root, file: VFile) => {
    const unknown = findUnknownComponent(tree, options.allowed);
    if (!unknown) return;
    throw new FriendlyError(
      `${sourceLocation(file, unknown.node)} → <${unknown.name}>: unknown component; allowed: ${options.allowed
        .map((name) => `<${name}>`)
        .join(', ')}. Check the spelling.`,
    );
  };
}
