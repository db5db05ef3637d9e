/**
 * remark-article-text: lists the author's paragraphs of a chapter (its top-level paragraphs,
 * outside our components) in the frontmatter as `articleText`.
 *
 * The workbook's completeness guard checks every one of these sentences in the printed PDF;
 * reading them from the same compiled MDX means there is no second copy of the text to drift.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';

/** Pure core: the whitespace-normalised text of each top-level paragraph. */
export function articleParagraphs(tree: Root): string[] {
  return tree.children
    .filter((node) => node.type === 'paragraph')
    .map((node) => toString(node).replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

export default function remarkArticleText() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).articleText = articleParagraphs(tree);
  };
}
