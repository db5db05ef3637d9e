import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { Node, Parent } from 'unist';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPUB_FILE_NAME } from '../../workbook/epub/package-epub.ts';
import { collectMediumMarks, onlyComponent } from '../../src/remark/remark-only-in.ts';
import { isMdxElement } from '../../src/remark/mdx-attributes.ts';
import { media, mediaListSchema, type Medium } from '../../src/schemas/medium.ts';
import { distDir, listBuiltPages } from '../support/built-site.ts';
import { squash } from '../support/compare-text.ts';
import { readPublishedPdf } from './published-pdfs.ts';

/*
 * Every medium says only what is true in it. Each passage the content marks for some media
 * (`<Only in="…">` in any MDX file, `in:` in a safety section's frontmatter) is read from the
 * content itself, so a passage marked later is covered too; then no sentence of it may be in the
 * published output of a medium it leaves out (every page of the site, the EPUB's XHTML, the Letter
 * workbook's text), and each is in every medium it names that publishes its file at all.
 */

const contentDir = path.resolve('content');

interface Passage {
  media: readonly Medium[];
  sentences: string[];
  where: string;
}

interface ContentFile {
  where: string;
  marked: Passage[];
  /** The file's sentences outside any mark: how a test tells whether a medium publishes the file. */
  unmarked: string[];
}

/** "Quick exit. The quick-exit link…" → its sentences, each long enough to be its own (labels like "History." are not). */
function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:;])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 4);
}

/** The blocks of text in a tree, marks left out. */
function unmarkedSentences(tree: Root): string[] {
  const strip = (node: Node): Node => {
    if (!('children' in node) || !Array.isArray(node.children)) return node;
    const children = (node.children as Node[]).filter(
      (child) => !(isMdxElement(child) && child.name === onlyComponent),
    );
    const stripped: Parent = { ...node, children: children.map(strip) };
    return stripped;
  };
  const blocks: string[] = [];
  const collect = (node: Node): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
      return void blocks.push(toString(node));
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) collect(child);
  };
  collect(strip(tree));
  return blocks.flatMap(sentences);
}

function readContent(): ContentFile[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  return files.sort().map((file) => {
    const where = path.join('content', file);
    const source = readFileSync(path.join(contentDir, file), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
    // The frontmatter's lines are blanked, not cut, so each mark keeps its line number.
    const body = frontmatter
      ? source.replace(frontmatter[0], '\n'.repeat(frontmatter[0].split('\n').length - 1))
      : source;
    const tree = remark().use(remarkMdx).parse(body);
    const { marks, problems } = collectMediumMarks(tree, (node) => `${where}:${node.position?.start.line ?? '?'}`);
    expect(problems, where).toEqual([]);
    const marked: Passage[] = marks.map((mark) => ({
      media: mark.media,
      sentences: sentences(mark.text),
      where: mark.location,
    }));
    const unmarked = unmarkedSentences(tree);
    // A safety section's `in:` marks the whole section, heading and all.
    const sectionMedia = /^in:\s*['"]?(.*?)['"]?\s*$/m.exec(frontmatter?.[1] ?? '')?.[1];
    if (sectionMedia === undefined) return { where, marked, unmarked };
    const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(frontmatter?.[1] ?? '')?.[1] ?? '';
    const section = {
      media: mediaListSchema.parse(sectionMedia),
      sentences: [...sentences(title), ...unmarked],
      where,
    };
    return {
      where,
      marked: [section, ...marked.filter((mark) => mark.media.some((m) => section.media.includes(m)))],
      unmarked: [],
    };
  });
}

/** Every text a medium publishes, squashed, one entry per page or file. */
const published = {} as Record<Medium, string[]>;

beforeAll(async () => {
  published.web = listBuiltPages().map((page) =>
    squash(parseHTML(readFileSync(page.file, 'utf8')).document.body.textContent),
  );
  const epubFile = path.join(distDir, 'downloads', EPUB_FILE_NAME);
  if (!existsSync(epubFile)) throw new Error(`${epubFile} is missing: run \`npm run build\` before \`npm test\`.`);
  published.epub = Object.entries(unzipSync(new Uint8Array(readFileSync(epubFile))))
    .filter(([name]) => name.endsWith('.xhtml'))
    .map(([, bytes]) => squash(parseHTML(strFromU8(bytes)).document.body.textContent));
  published.print = (await readPublishedPdf('letter')).text.pages.map(squash);
});

function isIn(medium: Medium, sentence: string): boolean {
  const wanted = squash(sentence);
  return published[medium].some((text) => text.includes(wanted));
}

describe('every medium says only what is true in it', () => {
  const files = readContent();
  const passages = files.flatMap((file) => file.marked);

  it('reads marks from the content: some for each medium to leave out', () => {
    for (const medium of media) {
      expect(
        passages.filter((passage) => !passage.media.includes(medium)).flatMap((passage) => passage.sentences).length,
        medium,
      ).toBeGreaterThan(0);
    }
  });

  it.each(media)('no sentence marked for other media is in the %s output', (medium) => {
    // A sentence also said, word for word, in a passage for this medium is not a leak.
    const allowed = new Set(
      passages.filter((passage) => passage.media.includes(medium)).flatMap((passage) => passage.sentences),
    );
    const leaked = passages
      .filter((passage) => !passage.media.includes(medium))
      .flatMap((passage) => passage.sentences.map((sentence) => `${passage.where}: ${sentence}`))
      .filter((line) => {
        const sentence = line.slice(line.indexOf(': ') + 2);
        return !allowed.has(sentence) && isIn(medium, sentence);
      });
    expect(leaked).toEqual([]);
  });

  it.each(media)('every sentence marked for the %s is there, where it publishes the file', (medium) => {
    const missing = files
      // A medium publishes a file when the file's unmarked sentences are in it (the site has no
      // printed how-to, the EPUB no facilitator guide); a safety section marked as a whole, by
      // whether its title is.
      .filter((file) =>
        file.unmarked.length > 0
          ? file.unmarked.some((sentence) => isIn(medium, sentence))
          : file.marked.some((passage) => passage.media.includes(medium)),
      )
      .flatMap((file) => file.marked)
      .filter((passage) => passage.media.includes(medium))
      .flatMap((passage) => passage.sentences.map((sentence) => `${passage.where}: ${sentence}`))
      .filter((line) => !isIn(medium, line.slice(line.indexOf(': ') + 2)));
    expect(missing).toEqual([]);
  });
});
