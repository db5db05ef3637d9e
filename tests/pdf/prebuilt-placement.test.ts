import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import type { PrintManifest } from '../../workbook/contracts/print-manifest.ts';
import { bookMargins } from '../../workbook/page/page-margins.ts';
import { paperSizes } from '../../workbook/page/paper-sizes.ts';
import { squash } from '../support/compare-text.ts';
import { readPrintManifest } from '../support/print-manifest.ts';
import { bookPages, readDownload } from '../support/published-book-pages.ts';

/*
 * Where the published PDFs put what a therapist checks first (issue 20): the disclosure prompt only
 * in the copy of the partner who had the affair, the questions list only in the hurt partner's,
 * the ground rules before chapter 1, no signature under "Our pace for closeness", and a full page
 * for the apology in the copy of the partner who writes it.
 */

let manifest: PrintManifest;
beforeAll(() => {
  manifest = readPrintManifest();
});

const prompts = () => manifest.chapters.flatMap((chapter) => chapter.prompts);
const exercises = () => manifest.chapters.flatMap((chapter) => chapter.exercises);
const disclosure = () => {
  const found = prompts().find((prompt) => prompt.text.startsWith('Is there anything about the affair'));
  if (!found) throw new Error('the disclosure prompt is missing from the book');
  return found;
};
const exercise = (title: string) => {
  const found = exercises().find((candidate) => candidate.title === title);
  if (!found) throw new Error(`the exercise "${title}" is missing from the book`);
  return found;
};

/** Every prebuilt PDF, printed and fillable, with the reader it is for. */
const published = standardEditions.flatMap((edition) =>
  [edition.fileName, ...(edition.fillableTwin ? [edition.fillableTwin.fileName] : [])].map(
    (fileName) => [fileName, edition] as const,
  ),
);

describe.each(published)('%s', (fileName, edition) => {
  const reader = edition.options.for;
  let pages: string[];
  let whole: string;
  beforeAll(async () => {
    pages = await bookPages(readDownload(fileName), edition.options.booklet);
    whole = squash(pages.join(' '));
  });

  it(`holds the disclosure prompt only if it is the copy of the partner who had the affair (${reader})`, () => {
    const prompt = disclosure();
    expect(prompt.ownCopyOnly).toBe(true);
    if (reader === 'involved') expect(whole).toContain(squash(prompt.text));
    else expect(whole).not.toContain(squash(prompt.text.slice(0, 80)));
  });

  it(`holds "Questions I need answered" only if it is the hurt partner’s copy (${reader})`, () => {
    const questions = exercise('Questions I need answered');
    expect(questions.ownCopyOnly).toBe(true);
    const instructions = squash(questions.blocks[0] ?? '');
    if (reader === 'hurt') {
      expect(whole).toContain(squash(questions.title));
      expect(whole).toContain(instructions);
    } else {
      expect(whole).not.toContain(instructions);
    }
  });

  it('says the article opens each chapter only where it does', () => {
    const claim = squash('Each chapter begins with the article’s passage');
    if (edition.options.promptsOnly) {
      expect(whole).not.toContain(claim);
      expect(whole).toContain(squash('without the article’s text'));
    } else {
      expect(whole).toContain(claim);
    }
  });

  it('sets out the ground rules and the time-out before chapter 1', () => {
    const contents = pages.findIndex((text) => /^(\d+ )?Contents\b/.test(text));
    const [first] = manifest.chapters.filter((chapter) => chapter.number === 1);
    if (!first) throw new Error('the book has no chapter 1');
    // Chapter 1's first page after the contents: its title is in the opener (and then in running heads).
    const chapterOne = pages.findIndex((text, index) => index > contents && squash(text).includes(squash(first.title)));
    const rules = pages.findIndex((text) => squash(text).includes(squash('Before we talk: ground rules')));
    const timeOut = pages.findIndex((text) => squash(text).includes(squash('Taking a time-out')));
    expect(contents, 'the contents page').toBeGreaterThan(0);
    expect(chapterOne, 'chapter 1').toBeGreaterThan(contents);
    expect(rules, 'the ground rules').toBeGreaterThan(0);
    expect(rules, 'the ground rules come before chapter 1').toBeLessThan(chapterOne);
    expect(timeOut, 'the time-out comes before chapter 1').toBeLessThan(chapterOne);
    expect(timeOut).toBeGreaterThan(0);
  });

  it('prints no signature line under “Our pace for closeness”, and keeps the transparency agreement’s', () => {
    // From the exercise's title to the next exercise, on its page and the next: in large print the
    // signatures may go over the page.
    const after = (title: string) => {
      const index = pages.findIndex((text) => squash(text).includes(squash(title)));
      expect(index, title).toBeGreaterThan(0);
      const spread = squash(`${pages[index] ?? ''} ${pages[index + 1] ?? ''}`);
      const rest = spread.slice(spread.indexOf(squash(title)));
      const next = rest.indexOf(squash('Exercise ·'));
      return next < 0 ? rest : rest.slice(0, next);
    };
    expect(after('Our pace for closeness')).not.toMatch(/signature/i);
    expect(after('Our transparency agreement')).toMatch(/signature/i);
  });

  it('gives the apology a page of its own in the copy of the partner who writes it, and none in the shared book', () => {
    const apology = prompts().find((prompt) => prompt.text.startsWith('Write an apology'));
    if (!apology) throw new Error('the apology prompt is missing from the book');
    const holding = pages.filter((text) => squash(text).includes(squash(apology.text)));
    if (reader === 'hurt') return void expect(holding).toEqual([]);
    expect(holding).toHaveLength(1);
    // The shared book prints the prompt as text, pointing to where it is written (shared-book.test.ts).
    if (reader === 'couple')
      return void expect(squash(holding[0] ?? '')).toContain(squash('Answer this in your own copy'));
    // Nothing else of the book's shares the page: no other prompt, exercise or article sentence.
    const page = squash(holding[0] ?? '').replace(squash(apology.text), '');
    const others = [
      ...prompts()
        .filter((prompt) => prompt.id !== apology.id)
        .map((prompt) => prompt.text),
      ...exercises().map((candidate) => candidate.title),
      ...manifest.chapters.flatMap((chapter) => chapter.articleText),
    ];
    // A booklet's page is read by halves of a sheet; the neighbour's text is on the other half.
    if (edition.options.booklet) return;
    for (const other of others) expect(page, other.slice(0, 60)).not.toContain(squash(other.slice(0, 40)));
  });
});

describe('the apology’s writing space in the fillable PDFs', () => {
  // Only the copy of the partner who had the affair has its space: the shared book points there.
  const fillable = standardEditions.filter((edition) => edition.fillableTwin && edition.options.for === 'involved');

  it.each(fillable.map((edition) => [edition.fillableTwin?.fileName ?? '', edition] as const))(
    '%s: a full page of ruled lines, less only the prompt above them',
    async (fileName, edition) => {
      const apology = prompts().find((prompt) => prompt.text.startsWith('Write an apology'));
      if (!apology) throw new Error('the apology prompt is missing from the book');
      const document = await PDFDocument.load(readDownload(fileName));
      // A writing area becomes one field per page it spans: "<prompt id>.1", ".2" …
      const heights = document
        .getForm()
        .getFields()
        .filter((field) => field.getName().startsWith(`${apology.id}.`))
        .flatMap((field) => field.acroField.getWidgets().map((widget) => widget.getRectangle().height));
      const paper = paperSizes[edition.options.paper];
      const textAreaPt = ((paper.heightMm - bookMargins.top - bookMargins.bottom) * 72) / 25.4;
      expect(heights.length).toBeGreaterThan(0);
      // The prompt's label and text take at most a fifth of the page; the lines fill the rest.
      expect(heights.reduce((sum, height) => sum + height, 0)).toBeGreaterThan(textAreaPt * (4 / 5));
    },
  );
});
