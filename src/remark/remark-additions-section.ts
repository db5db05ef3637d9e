/**
 * remark-additions-section: wraps each run of our blocks (`<Reflection>`, `<Exercise>`) that
 * follows the article's text in an `<Additions>` element.
 *
 * The article's words and our workbook additions must always be told apart; wrapping them in
 * one element lets the guide give them a labelled section with its own heading and the workbook
 * start them under "Your reflections", without authors writing that markup in every chapter.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

const additionNames = new Set(['Reflection', 'Exercise']);

function isAddition(node: RootContent): boolean {
  return node.type === 'mdxJsxFlowElement' && additionNames.has(node.name ?? '');
}

/** Pure core: replaces each maximal run of top-level additions with one `<Additions>` element. */
export function wrapAdditions(tree: Root): void {
  const children: RootContent[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const wrapper: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Additions',
      attributes: [],
      children: run as MdxJsxFlowElement['children'],
    };
    children.push(wrapper);
    run = [];
  };
  for (const node of tree.children) {
    if (isAddition(node)) run.push(node);
    else {
      flush();
      children.push(node);
    }
  }
  flush();
  tree.children = children;
}

export default function remarkAdditionsSection() {
  return (tree: Root) => wrapAdditions(tree);
}
