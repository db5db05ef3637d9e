import type { Browser } from 'playwright-core';
import { book } from '../../src/lib/book.ts';
import { paperLabels } from '../../src/schemas/paper.ts';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { setStrings } from '../../src/lib/set-strings.ts';
import { paperSizes, type PaperId } from '../page/paper-sizes.ts';
import { paperPoints } from '../pdf/set-page-size.ts';
import { postprocessPdf } from '../pdf/postprocess.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';
import { checkSet } from './check-set.ts';
import { joinSet, pageCounts, type SetBook } from './join-set.ts';
import { planSet } from './set-plan.ts';
import { renderFrontSheet } from './render-front-sheet.ts';

export interface MadeSet {
  pdf: Uint8Array;
  pageCount: number;
}

/** The front sheet is one page; its blank back keeps the first book on a recto. */
const FRONT_PAGES = 1;

/**
 * The set from three finished books, in the front sheet's order (the shared book, copy A, copy
 * B): the front sheet printed with their pages in the set, then joined, checked and finished
 * like any edition (details, language, dates). The books are not rendered again.
 */
export async function makeSet(
  browser: Browser,
  options: {
    siteUrl: string;
    paper: PaperId;
    /** The finished printed editions, in setStrings.parts' order. */
    books: readonly Uint8Array[];
    info: DocumentInfo;
    /** For a print shop: bleed and crop marks on every page of the set, its front sheet and blanks included. */
    printShop?: { bleedMm: number };
    language: string;
    date: Date;
    signal: AbortSignal;
  },
): Promise<MadeSet> {
  if (options.books.length !== setStrings.parts.length)
    throw new Error(`makeSet: ${options.books.length} books given, the set holds ${setStrings.parts.length}`);
  const books: SetBook[] = options.books.map((pdf, index) => ({ title: setStrings.parts[index]!.title, pdf }));
  const counts = await pageCounts(books);
  const planned = planSet([FRONT_PAGES, ...counts]);
  const front = await renderFrontSheet(browser, {
    siteUrl: options.siteUrl,
    paper: options.paper,
    ranges: planned.sections.slice(1).map((section) => [section.start, section.end] as const),
    signal: options.signal,
  });
  const { pdf, plan } = await joinSet(front, books);
  const printedFront = plan.sections[0]!.pages;
  const problems = await checkSet(pdf, plan, [printedFront, ...counts]);
  // The front sheet lists the pages as planned for a one-page front: a longer one would misnumber them.
  if (printedFront !== FRONT_PAGES) problems.unshift(`the front sheet printed on ${printedFront} pages, not one`);
  if (problems.length > 0)
    throw new FriendlyError(
      [`The ${options.paper} set is not right; no PDF was written.`, ...problems.map((line) => `  ${line}`)].join('\n'),
    );
  // Every page to the paper exactly, the front sheet's and the blanks' too (Chromium's A4 is a fraction off).
  const pageSize = paperPoints(paperSizes[options.paper]);
  const finished = await postprocessPdf(pdf, {
    ...options.info,
    language: options.language,
    date: options.date,
    pageSize,
    ...(options.printShop ? { printShop: options.printShop } : {}),
  });
  return { pdf: finished, pageCount: plan.total };
}

/** The set's details: the book's title with the set's name, on the paper it is for. */
export function setDocumentInfo(title: string, paper: PaperId): DocumentInfo {
  return {
    title: `${title}: ${setStrings.heading}`,
    author: book.author,
    subject: [book.coverLine, paperLabels[paper]].join(', '),
    keywords: book.keywords,
    creator: `${book.shortTitle} workbook renderer (Paged.js, Chromium)`,
    producer: 'pdf-lib',
  };
}
