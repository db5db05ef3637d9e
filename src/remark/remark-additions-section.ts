/**
 * remark-additions-section: wraps each run of our blocks (`<Reflection>`, `<Exercise>`) that
 * follows the article's text in an `<Additions>` element.
 *
 * The article's words and our workbook additions must always be told apart; wrapping them in
 * one element lets the guide give them a labelled section with its own heading and the workbook
 * start them under "Reflect and talk", without authors writing that markup in every chapter.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { chapterIdOf } from './source-location.ts';

const additionNames = new Set(['Reflection', 'Exercise']);

function isAddition(node: RootContent): boolean {
  return node.type === 'mdxJsxFlowElement' && additionNames.has(node.name ?? '');
}

/**
 * Pure core: replaces each maximal run of top-level additions with one `<Additions>` element,
 * with a stable id (`<chapter>-reflections`, then `-2`, …) for its heading and bookmarks.
 */
export function wrapAdditions(tree: Root, chapterId: string): void {
  const children: RootContent[] = [];
  let run: RootContent[] = [];
  let runs = 0;
  const flush = () => {
    if (run.length === 0) return;
    const id = `${chapterId}-reflections${runs === 0 ? '' : `-${runs + 1}`}`;
    runs += 1;
    const wrapper: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Additions',
      attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
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
  return (tree: Root, file: VFile) => {
    wrapAdditions(tree, chapterIdOf(file));
  };
}
