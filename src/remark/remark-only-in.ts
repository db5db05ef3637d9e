/**
 * remark-only-in: checks every `<Only in="…">`, the mark on a passage that is true in only some
 * of the media (the website, the printed workbook, the EPUB), where the file and line are known.
 *
 * The same compiled MDX is rendered by all three, so the mark is kept and each medium's own
 * `Only` component shows or drops its passage (src/components/media/, workbook/print/components/).
 * What this plugin refuses is what a renderer could not honour: an unknown medium, an empty
 * passage, a mark inside a prompt or exercise (whose text the reader pages and the print guard
 * read whole), a mark inside another, and a list item made only of a mark (its bullet would stay,
 * empty, in the other media).
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { FriendlyError, formatIssues } from '../lib/friendly-error.ts';
import { onlyPropsSchema, type Medium } from '../schemas/medium.ts';
import { isMdxElement, readAttributes, type MdxElement } from './mdx-attributes.ts';
import { sourceLocation } from './source-location.ts';

/** The component's name in MDX. */
export const onlyComponent = 'Only';

/** A marked passage: the media it is published in, and its words. */
export interface MediumMark {
  media: Medium[];
  text: string;
  /** "content/safety/help-anywhere.mdx:13" */
  location: string;
}

const blocks = ['Reflection', 'Exercise'];

/** Pure core: every mark in the tree, checked; problems are returned instead of thrown. */
export function collectMediumMarks(
  tree: Root,
  locate: (node: MdxElement) => string,
): { marks: MediumMark[]; problems: string[] } {
  const marks: MediumMark[] = [];
  const problems: string[] = [];
  walk(tree, [], (node, ancestors) => {
    if (!isMdxElement(node) || node.name !== onlyComponent) return;
    const where = `${locate(node)} <${onlyComponent}>`;
    const result = onlyPropsSchema.safeParse(readAttributes(node), { reportInput: true });
    if (!result.success) return void problems.push(formatIssues(where, result.error.issues));
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (text === '')
      return void problems.push(`${where} → passage: is empty; write the sentences between <Only …> and </Only>.`);
    const block = ancestors.find((ancestor) => isMdxElement(ancestor) && blocks.includes(ancestor.name ?? ''));
    if (block && isMdxElement(block))
      return void problems.push(
        `${where}: inside <${block.name ?? ''}>, whose words are the same in every medium; reword the sentence so it is true in all of them, or move it out of the <${block.name ?? ''}>.`,
      );
    if (ancestors.some((ancestor) => isMdxElement(ancestor) && ancestor.name === onlyComponent))
      return void problems.push(`${where}: inside another <Only>; mark each passage once, with all its media.`);
    if (isWholeListItem(node, ancestors))
      return void problems.push(
        `${where}: is a whole list item, whose bullet would stay, empty, in the other media; mark the whole list, or a sentence within the item.`,
      );
    marks.push({ media: result.data.in, text, location: locate(node) });
  });
  return { marks, problems };
}

export interface OnlyInOptions {
  /** The chapters' folder (guideContentDir()): no mark there, see below. */
  chapters?: string;
}

export default function remarkOnlyIn(options: OnlyInOptions = {}) {
  return (tree: Root, file: VFile) => {
    const { marks, problems } = collectMediumMarks(tree, (node) => sourceLocation(file, node));
    // A chapter is the article, the same everywhere, and our prompts, whose marks are refused
    // above; a mark among the article's paragraphs would also be counted as the article's text.
    const [mark] = marks;
    if (mark && options.chapters !== undefined && file.path && isInside(file.path, options.chapters))
      problems.push(
        `${mark.location} <${onlyComponent}>: a chapter is the same in every medium; put what only one medium needs in content/safety/ or content/howto/, or reword it so it is true everywhere.`,
      );
    if (problems.length > 0) throw new FriendlyError(problems.join('\n'));
  };
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** True when the mark is all a list item holds (directly, or as the only thing in its paragraph). */
function isWholeListItem(node: MdxElement, ancestors: Parent[]): boolean {
  const [item, paragraph] = ancestors.slice(-2);
  if (paragraph?.type === 'listItem') return paragraph.children.length === 1;
  return (
    item?.type === 'listItem' &&
    paragraph?.type === 'paragraph' &&
    item.children.length === 1 &&
    onlyChild(paragraph, node)
  );
}

function onlyChild(parent: Parent, node: Node): boolean {
  return parent.children.every((child) => child === node || (child.type === 'text' && toString(child).trim() === ''));
}

/** Every node under `node`, with its ancestors, outermost first. */
function walk(node: Node, ancestors: Parent[], visitor: (node: Node, ancestors: Parent[]) => void): void {
  visitor(node, ancestors);
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children as Node[]) walk(child, [...ancestors, node as Parent], visitor);
}
