import type { PdfText } from '../../../workbook/pdf/read-pdf-text.ts';

/** A PDF's text as the finder needs it: `bodies` must be read without running heads and folios. */
export type PageTexts = Pick<PdfText, 'pages' | 'bodies'>;

/**
 * The workbook pages the visual test pins, each found by its text rather than its number, so a
 * chapter growing by a page moves the snapshot with it instead of breaking it.
 */
export interface VisualPage {
  /** Reference file stem: tests/fixtures/visual/<paper>/<name>.png. */
  name: string;
  /** What the page is, for failure messages. */
  description: string;
  /** 1-based page number, or undefined when no page fits. */
  find(text: PageTexts): number | undefined;
}

const CHAPTER_TITLE = 'Acknowledging the Pain and Consequences';

const contentsPage = ({ bodies }: PageTexts) => pageWhere(bodies, (body) => body.startsWith('Contents'));
/** The chapter's opener: the first page after the contents whose body (not running head) has its title. */
const openerPage = (text: PageTexts) => {
  const contents = contentsPage(text) ?? 0;
  return pageWhere(text.bodies, (body, number) => number > contents && body.includes(CHAPTER_TITLE));
};

export const visualPages: VisualPage[] = [
  { name: 'cover', description: 'the cover', find: ({ pages }) => (pages.length > 0 ? 1 : undefined) },
  { name: 'contents', description: 'the contents (body starts with "Contents")', find: contentsPage },
  { name: 'chapter-opener', description: `the opener of “${CHAPTER_TITLE}”`, find: openerPage },
  {
    name: 'prompt',
    description: `the first page after the opener of “${CHAPTER_TITLE}” with prompts pointing to the personal copies`,
    find: (text) => {
      const opener = openerPage(text) ?? 0;
      return pageWhere(
        text.bodies,
        (body, number) => number > opener && body.includes('Answer this in your own copy'),
      );
    },
  },
  {
    name: 'notes-verso',
    description: 'the first Notes verso (page text is exactly "Notes N")',
    find: ({ pages }) => pageWhere(pages, (page) => /^Notes \d+$/.test(page)),
  },
  {
    name: 'weekly-tracker',
    description: 'the weekly check-in tracker (body starts with "Weekly trust check-in")',
    find: ({ bodies }) => pageWhere(bodies, (body) => body.startsWith('Weekly trust check-in')),
  },
];

/** Every visual page's number, or one error naming each page that could not be found. */
export function locateVisualPages(text: PageTexts, pdfName: string): { page: VisualPage; number: number }[] {
  const located = visualPages.map((page) => ({ page, number: page.find(text) }));
  const missing = located.filter((entry) => entry.number === undefined);
  if (missing.length > 0) {
    throw new Error(
      `${pdfName}: could not find ${missing.map((entry) => entry.page.description).join('; ')}. ` +
        'If the workbook changed on purpose, update tests/pdf/visual/visual-pages.ts.',
    );
  }
  return located.map((entry) => ({ page: entry.page, number: entry.number! }));
}

function pageWhere(texts: readonly string[], matches: (text: string, number: number) => boolean): number | undefined {
  const index = texts.findIndex((text, index) => matches(text, index + 1));
  return index === -1 ? undefined : index + 1;
}
