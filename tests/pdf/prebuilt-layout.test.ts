import { beforeAll, describe, expect, it } from 'vitest';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { bookletMargins, bookMargins } from '../../workbook/page/page-margins.ts';
import {
  beginsWithUnnamedLines,
  bodyMarks,
  isNotesPage,
  isWritingRule,
  usedShare,
} from '../support/page-layout-in-pdf.ts';
import { readPageMarks, type MarkedPage } from '../support/pdf-page-marks.ts';
import { readDownload } from '../support/published-book-pages.ts';

/*
 * The layout's promises on every published PDF, read from what each page prints (issue 21): a
 * writing block a page turn cuts goes on under its owner's name, so no page begins with ruled
 * lines that nothing above them names; and no page in the middle of a book is more than
 * two-thirds empty, except a Notes page. Measured on the pages, not pinned to page numbers, so it
 * holds whatever the book's contents become.
 */

const published = standardEditions.flatMap((edition) =>
  [edition.fileName, ...(edition.fillableTwin ? [edition.fillableTwin.fileName] : [])].map(
    (fileName) => [fileName, edition] as const,
  ),
);

describe.each(published)('%s', (fileName, edition) => {
  const margins = edition.options.booklet ? bookletMargins : bookMargins;
  let pages: MarkedPage[];
  beforeAll(async () => {
    pages = await readPageMarks(readDownload(fileName), { booklet: edition.options.booklet });
  });

  it('has pages to read (the reading of marks finds words and rules)', () => {
    expect(pages.length).toBeGreaterThan(4);
    expect(pages.some((page) => page.marks.some((mark) => mark.kind === 'shape'))).toBe(true);
  });

  it('begins no page with writing lines whose owner is not named above them', () => {
    const unnamed = pages.flatMap((page, index) =>
      !isNotesPage(page, margins) && beginsWithUnnamedLines(page, margins) ? [index + 1] : [],
    );
    expect(unnamed, 'pages that begin with writing lines under no name').toEqual([]);
  });

  it('leaves no page in the middle more than two-thirds empty, but a Notes page', () => {
    const empty = pages.slice(1, -1).flatMap((page, index) => {
      if (isNotesPage(page, margins)) return [];
      const used = usedShare(page, margins);
      return used < 1 / 3 ? [`page ${index + 2}: ${Math.round((1 - used) * 100)} % empty`] : [];
    });
    expect(empty).toEqual([]);
  });

  it('rules every Notes page down to its foot, with lines drawn as lines (not a picture of them)', () => {
    const notes = pages.flatMap((page, index) => (isNotesPage(page, margins) ? [{ page, number: index + 1 }] : []));
    expect(notes.length, 'Notes pages').toBeGreaterThan(1);
    const badly = notes.flatMap(({ page, number }) => {
      const { bottom, marks } = bodyMarks(page, margins);
      const rules = marks.filter((mark) => isWritingRule(mark, marks));
      const gaps = rules.slice(1).map((rule, index) => rule.top - rules[index]!.top);
      const gap = Math.max(...gaps);
      const footRoom = bottom - Math.max(...rules.map((rule) => rule.bottom));
      // Even to a pixel of the print's (rules are snapped to device pixels), with room for one more
      // line at most under the last (a closing Notes page's ruled block stops short of the foot).
      return rules.length >= 10 && gap - Math.min(...gaps) < 1 && footRoom < 2 * gap
        ? []
        : [`page ${number}: ${rules.length} rules, ${footRoom.toFixed(0)} pt left under the last`];
    });
    expect(badly).toEqual([]);
  });
});
