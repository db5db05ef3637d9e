import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

export type MdxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Reads an MDX element's attributes as plain values. `for="hurt"` gives a string;
 * `lines={6}` and `open={true}` give a number and a boolean. Any other expression is kept
 * as its source text so the prop schema can reject it with a readable message.
 */
export function readAttributes(node: MdxElement): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const { name, value } = attribute;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else props[name] = literal(value.value);
  }
  return props;
}

/** Sets (or replaces) a string attribute on an MDX element. */
export function setAttribute(node: MdxElement, name: string, value: string): void {
  const existing = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  if (existing && existing.type === 'mdxJsxAttribute') existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

function literal(source: string): unknown {
  const trimmed = source.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  return `{${trimmed}}`;
}

/** True for an MDX JSX element node (flow or inline). */
export function isMdxElement(node: { type: string }): node is MdxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
