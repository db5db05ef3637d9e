import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { book as firstBook } from '../../../src/lib/book.ts';
import { PICTURES_PATH } from '../../../src/lib/option-pictures.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { squash } from '../../support/compare-text.ts';
import { projectWithBook } from '../../support/book-project.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/*
 * A second book proves the code names no book: tests/fixtures/second-book/content (a notebook for
 * a parent and a teenager: its own title, readers, safety page and four chapters) replaces
 * content/ in a copy of the project, and `npm run build` publishes its site, its shared and
 * personal editions, its EPUB and its search index with no change to the code.
 * The build also has Chromium killed under it as the shared Letter workbook lays out its first
 * page (WORKBOOK_FAULT, workbook/io/faults.ts), after the personal copies rendered in that
 * browser: the renders go on in a fresh one, and so must the steps after them.
 */
const run = promisify(execFile);
const fixture = path.resolve('tests/fixtures/second-book/content');
const second = JSON.parse(readFileSync(path.join(fixture, 'book.json'), 'utf8')) as {
  title: string;
  slug: string;
  readers: { id: string; name: string }[];
};
const scratch = useTempDir('second-book');
let dist = '';
let output = '';

beforeAll(async () => {
  const project = projectWithBook(scratch(), fixture);
  const { stdout, stderr } = await run(process.execPath, ['workbook/build-book.ts'], {
    cwd: project,
    env: {
      ...process.env,
      SOURCE_DATE_EPOCH: '1767225600',
      WORKBOOK_NO_CACHE: '1',
      SITE_URL: '',
      WORKBOOK_FAULT: 'kill-browser@letter',
    },
    maxBuffer: 16 * 1024 * 1024,
  });
  output = stdout + stderr;
  dist = path.join(project, 'dist');
}, 300_000);

const page = (address: string) => parseHTML(readFileSync(path.join(dist, address, 'index.html'), 'utf8')).document;
const pdfText = async (file: string) =>
  (await readPdfText(new Uint8Array(readFileSync(path.join(dist, 'downloads', file))))).pages.join('\n');

describe('a second book, built by the same code', () => {
  it('publishes its own site: its title, a page of questions per reader, its chapters', () => {
    expect(page('').querySelector('h1')?.textContent).toBe(second.title);
    for (const reader of [...second.readers.map((r) => r.id), 'together']) {
      expect(existsSync(path.join(dist, 'reflections', reader, 'index.html')), reader).toBe(true);
    }
    expect(page('reflections/parent').querySelector('h1')?.textContent).toBe('Questions for the parent');
    expect(page('listening').querySelector('aside.reflection[data-for="teen"]')?.textContent).toContain(
      'For the teenager',
    );
  });

  it('publishes its shared and personal editions, fillable twins and EPUB under its own names', () => {
    const downloads = readdirSync(path.join(dist, 'downloads')).sort();
    for (const paper of ['letter', 'a4']) {
      expect(downloads).toContain(`${second.slug}-workbook-${paper}.pdf`);
      expect(downloads).toContain(`${second.slug}-workbook-fillable-${paper}.pdf`);
      for (const copy of ['a', 'b']) expect(downloads).toContain(`personal-copy-${copy}-${paper}.pdf`);
    }
    expect(downloads).toContain(`${second.slug}.epub`);
  });

  it('prints its own words: the shared book both readers’ prompts, a personal copy its reader’s alone', async () => {
    const shared = squash(await pdfText(`${second.slug}-workbook-letter.pdf`));
    expect(shared).toContain(squash(second.title));
    expect(shared).toContain(squash('When did you last hear your teenager out'));
    expect(shared).toContain(squash('What do you wish your parent understood'));
    const teen = squash(await pdfText('personal-copy-b-letter.pdf'));
    expect(teen).toContain(squash('What do you wish your parent understood'));
    expect(teen).not.toContain(squash('When did you last hear your teenager out'));
    // The safety page comes first, as in every edition.
    expect(shared.indexOf(squash('If home is not safe'))).toBeLessThan(shared.indexOf(squash('Listening First')));
  });

  it('goes on in a fresh browser when Chromium dies mid-build: the sets and the option pictures too', () => {
    expect(output).toMatch(
      /letter: Chromium stopped during the render \(.+\); rendering it again in a fresh browser\./,
    );
    const downloads = readdirSync(path.join(dist, 'downloads'));
    for (const paper of ['letter', 'a4']) expect(downloads).toContain(`${second.slug}-set-${paper}.pdf`);
    const pictures = readdirSync(path.join(dist, PICTURES_PATH)).filter((file) => file.endsWith('.png'));
    expect(pictures.length).toBeGreaterThan(0);
  });

  it('indexes its pages for search', () => {
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    // Four chapters, three pages of questions, the support page.
    expect(pages).toBe(8);
  });

  it('carries none of the first book’s words, in any file it publishes', () => {
    const words = [firstBook.title, firstBook.slug, ...firstBook.readers.map((reader) => reader.name)];
    const found = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|js|css|json|xml|txt)$/.test(file))
      .flatMap((file) => {
        const text = readFileSync(path.join(dist, file), 'utf8').toLowerCase();
        return words.filter((word) => text.includes(word.toLowerCase())).map((word) => `${file}: ${word}`);
      });
    expect(found).toEqual([]);
  });
});
