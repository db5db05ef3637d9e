import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';

/*
 * The code is a workbook generator; every word of this book lives in content/. Outside comments
 * (which may name an example), no file of src/ or workbook/ says the book's title, its slug, a
 * reader's id or name, or a word that gives its subject away.
 */
const root = path.resolve(import.meta.dirname, '../..');

function codeFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs|css)$/.test(file))
    .map((file) => path.join(folder, file));
}

/** The file without its comments: block, line (not the `//` of an address) and HTML comments. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[\s;{}(),])\/\/.*$/gm, '$1');
}

const bookWords = [
  book.title,
  book.shortTitle,
  book.slug,
  ...book.readers.flatMap((reader) => [reader.id, reader.name]),
  ...book.revealingWords,
];

describe('the code names no book', () => {
  it('reads every file of src/ and workbook/, and finds a word of the book where one is planted', () => {
    expect(codeFiles('src').length + codeFiles('workbook').length).toBeGreaterThan(150);
    const planted = `const x = 1; // ${book.slug}\nconst label = "${book.readers[0]!.name}";`;
    expect(wordsIn(withoutComments(planted))).toContain(book.readers[0]!.name);
    expect(wordsIn(withoutComments(planted))).not.toContain(book.slug);
  });

  it("says none of the book's words outside comments", () => {
    const found = [...codeFiles('src'), ...codeFiles('workbook')].flatMap((file) =>
      wordsIn(withoutComments(readFileSync(path.join(root, file), 'utf8'))).map((word) => `${file}: "${word}"`),
    );
    expect(found).toEqual([]);
  });
});

function wordsIn(text: string): string[] {
  return bookWords.filter((word) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(text));
}
