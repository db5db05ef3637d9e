import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ChapterFile {
  /** File name, e.g. "patience.mdx"; its stem is the chapter's id and address. */
  name: string;
  source: string;
}

/**
 * A book `factor` times as long: the chapters, then copy 2 of every chapter, copy 3… Each copy
 * gets its own title and `order` (after all the earlier copies), keeps its part, and its
 * exercises get titles of their own, because ids and the contents check go by titles.
 * Copies are unnumbered: every edition, the standard one included, prints only chapters
 * the book's numbered chapters (the print manifest's) plus the unnumbered ones, so
 * numbered copies would be dropped from the print source before Paged.js ever saw them.
 * Every file name, copy 1's too, differs from the real book's: Astro's content store keeps an
 * entry's old path when the same id and content reappear elsewhere, and a real chapter's entry
 * must never be left pointing into the synthetic folder.
 */
export function multiplyChapters(chapters: readonly ChapterFile[], factor: number): ChapterFile[] {
  const span = Math.max(...chapters.map((chapter) => orderOf(chapter)));
  const copies: ChapterFile[] = chapters.map((chapter) => ({ ...chapter, name: copyName(chapter, 1) }));
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const chapter of chapters) copies.push(copyOf(chapter, copy, span));
  }
  return copies;
}

/** Writes the multiplied chapters of `sourceDir` into `targetDir`; returns how many chapters. */
export async function writeSyntheticBook(sourceDir: string, targetDir: string, factor: number): Promise<number> {
  const names = (await readdir(sourceDir)).filter((name) => name.endsWith('.mdx')).sort();
  const chapters = await Promise.all(
    names.map(async (name) => ({ name, source: await readFile(path.join(sourceDir, name), 'utf8') })),
  );
  await mkdir(targetDir, { recursive: true });
  const book = multiplyChapters(chapters, factor);
  await Promise.all(book.map((chapter) => writeFile(path.join(targetDir, chapter.name), chapter.source)));
  return book.length;
}

function copyOf(chapter: ChapterFile, copy: number, span: number): ChapterFile {
  const suffix = ` (copy ${copy})`;
  const { frontmatter, body } = split(chapter);
  const title = /^title:\s*(.+)$/m.exec(frontmatter)?.[1];
  if (title === undefined) throw new Error(`${chapter.name} has no "title:" line to make unique`);
  const copiedFrontmatter = frontmatter
    .replace(/^title:.*$/m, `title: ${JSON.stringify(yamlScalar(title) + suffix)}`)
    .replace(/^order:.*$/m, `order: ${orderOf(chapter) + (copy - 1) * span}`)
    .replace(/^unnumbered:.*\n?/m, '')
    .concat('\nunnumbered: true');
  const copiedBody = body.replace(
    /(<Exercise\b[^>]*?\btitle=")([^"]*)"/g,
    (_, start: string, name: string) => `${start}${name}${suffix}"`,
  );
  return { name: copyName(chapter, copy), source: `---\n${copiedFrontmatter}\n---\n${copiedBody}` };
}

function copyName(chapter: ChapterFile, copy: number): string {
  return chapter.name.replace(/\.mdx$/, `-copy-${copy}.mdx`);
}

function split(chapter: ChapterFile): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(chapter.source);
  if (!match) throw new Error(`${chapter.name} has no frontmatter between "---" lines`);
  return { frontmatter: match[1]!, body: chapter.source.slice(match[0].length) };
}

function orderOf(chapter: ChapterFile): number {
  const order = /^order:\s*(\d+)\s*$/m.exec(split(chapter).frontmatter)?.[1];
  if (order === undefined) throw new Error(`${chapter.name} has no numeric "order:" line to renumber`);
  return Number(order);
}

/** The frontmatter values we touch are plain, "double-quoted" or 'single-quoted' YAML scalars. */
function yamlScalar(value: string): string {
  const trimmed = value.trim();
  if (trimmed.startsWith('"')) return JSON.parse(trimmed) as string;
  if (trimmed.startsWith("'")) return trimmed.slice(1, -1).replaceAll("''", "'");
  return trimmed;
}
