/**
 * remark-workbook-blocks: checks every `<Reflection>` and `<Exercise>` in a chapter, gives each a
 * stable id, and lists them in the chapter's frontmatter as `workbook: { prompts, exercises }`.
 *
 * The guide shows these blocks as asides, the workbook prints them with writing space, and the
 * workbook's completeness guard and handouts look them up by id, so they are validated here,
 * once, at compile time, where the file and line are known.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { exercisePropsSchema, splitColumns } from '../schemas/exercise.ts';
import { reflectionPropsSchema } from '../schemas/reflection.ts';
import { FriendlyError, formatIssues } from '../lib/friendly-error.ts';
import type { WorkbookBlocks } from '../lib/workbook-blocks.ts';
import { slugify } from '../lib/slugify.ts';
import { isMdxElement, readAttributes, setAttribute, type MdxElement } from './mdx-attributes.ts';
import { chapterIdOf, sourceLocation } from './source-location.ts';

/** Pure core: validates and numbers the blocks of one chapter; returns problems instead of throwing. */
export function collectWorkbookBlocks(
  tree: Root,
  chapterId: string,
  locate: (node: MdxElement) => string,
): { blocks: WorkbookBlocks; problems: string[] } {
  const blocks: WorkbookBlocks = { prompts: [], exercises: [] };
  const problems: string[] = [];

  visit(tree, (node) => {
    if (!isMdxElement(node)) return;
    const attributes = readAttributes(node);
    const parts = blockTexts(node);
    const text = parts.join(' ');

    if (node.name === 'Reflection') {
      const result = reflectionPropsSchema.safeParse(attributes, { reportInput: true });
      if (!result.success) return void problems.push(formatIssues(`${locate(node)} <Reflection>`, result.error.issues));
      if (text === '')
        return void problems.push(
          `${locate(node)} <Reflection> → prompt: is empty; write the prompt between <Reflection …> and </Reflection>.`,
        );
      const id = result.data.id ?? `${chapterId}-prompt-${blocks.prompts.length + 1}`;
      setAttribute(node, 'id', id);
      blocks.prompts.push({
        id,
        for: result.data.for,
        lines: result.data.fullPage ? 'page' : (result.data.lines ?? 0),
        text,
        ...(result.data.ownCopyOnly ? { ownCopyOnly: true as const } : {}),
      });
    }

    if (node.name === 'Exercise') {
      const result = exercisePropsSchema.safeParse(attributes, { reportInput: true });
      if (!result.success) return void problems.push(formatIssues(`${locate(node)} <Exercise>`, result.error.issues));
      if (text === '')
        return void problems.push(
          `${locate(node)} <Exercise> → instructions: are empty; write one or two sentences between the tags.`,
        );
      const id = result.data.id ?? `${chapterId}-${slugify(result.data.title)}`;
      setAttribute(node, 'id', id);
      blocks.exercises.push({
        id,
        title: result.data.title,
        for: result.data.for,
        layout: result.data.layout,
        text,
        blocks: parts,
        ...(result.data.layout === 'table'
          ? { table: { columns: splitColumns(result.data.columns ?? ''), rows: result.data.rows ?? 6 } }
          : {}),
        ...(result.data.layout === 'checklist' ? { items: countListItems(node) } : {}),
        ...(result.data.ownCopyOnly ? { ownCopyOnly: true as const } : {}),
      });
    }
  });

  return { blocks, problems };
}

export default function remarkWorkbookBlocks() {
  return (tree: Root, file: VFile) => {
    const { blocks, problems } = collectWorkbookBlocks(tree, chapterIdOf(file), (node) => sourceLocation(file, node));
    if (problems.length > 0) throw new FriendlyError(problems.join('\n'));
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).workbook = blocks;
  };
}

/** How many list items the element holds: a checklist's boxes to tick. */
function countListItems(node: MdxElement): number {
  let items = 0;
  visit(node, 'listItem', () => {
    items += 1;
  });
  return items;
}

/** The element's words, paragraph by paragraph and list item by list item. */
function blockTexts(node: MdxElement): string[] {
  const blocks: string[] = [];
  visit(node, (child) => {
    if (child.type !== 'paragraph' && child.type !== 'heading') return;
    blocks.push(toString(child));
    return 'skip';
  });
  if (blocks.length === 0) blocks.push(toString(node));
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block.length > 0);
}
