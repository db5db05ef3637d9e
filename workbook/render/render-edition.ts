import type { Browser } from 'playwright-core';
import { book as bookMetadata } from '../../src/lib/book.ts';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import type { ChapterPages } from '../contracts/chapter-pages.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { PrintWindow } from '../contracts/print-runtime-api.ts';
import { discreetInfo } from '../guard/discreet-info.ts';
import { expectationsFor } from '../guard/edition-expectations.ts';
import { printPagePath, type Edition } from '../edition/standard-editions.ts';
import { checkContentsNumbers } from '../guard/contents-numbers.ts';
import { checkFormFields } from '../guard/form-fields.ts';
import { expectedWritingAreas } from '../guard/fillable-expectations.ts';
import { findForeignFonts } from '../guard/bundled-fonts.ts';
import { findMissingContent, findUnexpectedContent } from '../guard/completeness.ts';
import { findMissingNames } from '../guard/missing-names.ts';
import { checkDiscreetOutside } from '../guard/discreet-outside.ts';
import { findPartnerLabels } from '../guard/partner-labels.ts';
import { checkSafetyFirst } from '../guard/safety-first.ts';
import { bookletPages } from '../page/booklet-pages.ts';
import { paperSizes } from '../page/paper-sizes.ts';
import { bookletMargins, bookMargins, marginBands } from '../page/page-margins.ts';
import { imposeBooklet } from '../pdf/impose-booklet.ts';
import { postprocessPdf } from '../pdf/postprocess.ts';
import { paperPoints } from '../pdf/set-page-size.ts';
import { readOutline } from '../pdf/read-outline.ts';
import { readPdfText } from '../pdf/read-pdf-text.ts';
import { paginate } from './paginate.ts';
import { paginateInParts } from './paginate-in-parts.ts';
import type { RenderPhases } from './render-phases.ts';

export interface RenderedEdition {
  edition: Edition;
  pdf: Uint8Array;
  /** Pages of the finished file (for a booklet: sheet sides). */
  pageCount: number;
  /** Book pages laid out (for a booklet: half-size pages before imposition). */
  bookPages: number;
  /** Seconds spent paginating and printing (the figure the benchmark reports). */
  seconds: number;
  /** The same seconds, step by step. */
  phases: RenderPhases;
  /** Seconds after the render: reading the PDF back and checking it, then pdf-lib's post-processing. */
  afterRender: { guard: number; postprocess: number };
  chapters: ChapterPages[];
  /** Form fields in `pdf`: a fillable edition's writing areas and their page fragments; 0 otherwise. */
  formFields: number;
  /** The edition's fillable twin (Edition.fillableTwin): the same pages, with form fields. */
  fillable?: FillableTwin | undefined;
}

/** A fillable PDF made from the same render as its printed twin. */
export interface FillableTwin {
  pdf: Uint8Array;
  fileName: string;
  /** Form fields it holds. */
  fields: number;
  /** Seconds its post-processing took: all a fillable twin adds to the build. */
  seconds: number;
}

export interface RenderEditionOptions {
  /** Origin of the served dist/, with a trailing slash. */
  siteUrl: string;
  manifest: PrintManifest;
  /** Stamped as creation and modification date. */
  date: Date;
  author: string;
  keywords: string[];
  timeoutMs?: number;
  /** Stops the render (Ctrl-C, or another edition's failure): the page closes, nothing is returned. */
  signal?: AbortSignal;
  onProgress?: (pagesLaidOut: number) => void;
  /** Lay the book out in this many parts (default: partsFor its number of chapters). */
  parts?: number;
}

/**
 * How many parts to lay a book out in (workbook/render/paginate-in-parts.ts). Paged.js's cost per
 * page grows with the document, so a long book goes faster in parts, two at a time on the two
 * cores; each part costs a page load of its own, so a short book stays whole. Measured on this
 * machine (npm run bench): the 11-chapter book gains nothing from parts; 110 chapters render
 * fastest in 2 parts, 330 in 4.
 */
export function partsFor(chapters: number): number {
  if (chapters < 40) return 1;
  return 2 * Math.max(1, Math.round(chapters / 160));
}

/**
 * Renders one edition to a finished PDF and refuses to return one that lost content, printed
 * what it should not, or whose contents point to the wrong pages. Nothing is written here: the
 * caller writes atomically.
 */
export async function renderEdition(
  browser: Browser,
  edition: Edition,
  options: RenderEditionOptions,
): Promise<RenderedEdition> {
  const { options: settings } = edition;
  const url = new URL(printPagePath(settings), options.siteUrl).href;
  const paginateOptions = {
    edition: settings,
    // The writing space is measured for every edition: a few milliseconds, and the standard
    // editions' fillable twins come from the same render (one layout, two post-processings).
    collect: () => {
      const runtime = (window as Window & PrintWindow).workbook;
      if (!runtime) throw new Error('the print page has no runtime');
      return { chapters: runtime.collect(), fields: runtime.collectFields() };
    },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  // A booklet is padded to a multiple of four pages in the page, after layout (print/runtime/pad-booklet.ts),
  // which needs the whole book in one document; it is short enough anyway.
  const expectations = expectationsFor(options.manifest, settings);
  const parts = settings.booklet ? 1 : (options.parts ?? partsFor(expectations.manifest.chapters.length));
  const rendered =
    parts === 1
      ? await paginate(browser, url, paginateOptions)
      : await paginateInParts(browser, url, parts, paginateOptions).then((result) => ({
          ...result,
          collected: {
            chapters: result.collected.flatMap((part) => part.chapters),
            fields: result.collected.flatMap((part) => part.fields),
          },
        }));
  const measured = settings.fillable || edition.fillableTwin !== undefined;

  options.signal?.throwIfAborted();
  const guardStarted = performance.now();
  const { pages, bodies, heads } = await readPdfText(
    rendered.pdf,
    marginBands(settings.booklet ? bookletMargins : bookMargins),
  );
  const outline = await readOutline(rendered.pdf);
  const info = {
    title: `${options.manifest.title}: ${titleOf(edition)}`,
    author: options.author,
    subject: subjectOf(edition),
    keywords: options.keywords,
    creator: `${bookMetadata.shortTitle} workbook renderer (Paged.js, Chromium)`,
    producer: 'pdf-lib',
  };
  const outside = settings.discreet ? discreetInfo(info, options.manifest.discreetTitle) : info;
  const problems = [
    ...findMissingContent(expectations.manifest, bodies).map((line) => `missing ${line}`),
    ...(await findMissingNames(expectations.required, pages, rendered.pdf)).map((line) => `missing ${line}`),
    ...findUnexpectedContent(expectations.forbidden, bodies).map(
      (line) => `printed but not part of this edition: ${line}`,
    ),
    ...checkContentsNumbers(expectations.manifest, pages, outline).map((line) => `contents: ${line}`),
    ...checkSafetyFirst(options.manifest.safety, pages, outline).map((line) => `safety pages: ${line}`),
    ...(settings.for === 'couple' ? [] : findPartnerLabels(pages).map((line) => `not a personal copy: ${line}`)),
    ...(settings.discreet ? checkDiscreetOutside({ pages, heads, outline, info: outside }) : []).map(
      (line) => `not discreet: ${line}`,
    ),
    ...findForeignFonts(rendered.pdf).map((name) => `set in ${name}, a font from this machine, not the workbook's`),
  ];
  if (measured) {
    const pageSize = paperPoints(paperSizes[settings.paper]);
    problems.push(
      ...checkFormFields(rendered.collected.fields, expectedWritingAreas(options.manifest, settings), {
        width: (pageSize.width * 96) / 72,
        height: (pageSize.height * 96) / 72,
      }).map((line) => `fillable: ${line}`),
    );
  }
  if (settings.booklet && rendered.pageCount % 4 !== 0)
    problems.push(`a booklet needs a multiple of 4 pages; got ${rendered.pageCount}`);
  if (problems.length > 0) {
    throw new FriendlyError(
      [`The ${edition.name} workbook is incomplete; no PDF was written.`, ...problems.map((line) => `  ${line}`)].join(
        '\n',
      ),
    );
  }

  const guard = (performance.now() - guardStarted) / 1000;

  const postprocessStarted = performance.now();
  const book = settings.booklet ? await imposeBooklet(rendered.pdf, bookletPages[settings.paper].sheet) : rendered.pdf;
  const meta = {
    ...outside,
    language: options.manifest.language,
    date: options.date,
    pageSize: settings.booklet ? bookletPages[settings.paper].sheet : paperPoints(paperSizes[settings.paper]),
  };
  const { fields } = rendered.collected;
  const pdf = await postprocessPdf(book, settings.fillable ? { ...meta, fields } : meta);
  // This edition's own post-processing; a fillable twin's is timed on its own (fillable.seconds).
  const postprocess = (performance.now() - postprocessStarted) / 1000;
  const twin = edition.fillableTwin;
  const twinStarted = performance.now();
  const fillable = twin && {
    pdf: await postprocessPdf(book, { ...meta, fields }),
    fileName: twin.fileName,
    fields: fields.length,
  };
  return {
    edition,
    pdf,
    pageCount: settings.booklet ? rendered.pageCount / 2 : rendered.pageCount,
    bookPages: rendered.pageCount,
    seconds: rendered.seconds,
    phases: rendered.phases,
    afterRender: { guard, postprocess },
    chapters: rendered.collected.chapters,
    formFields: settings.fillable ? fields.length : 0,
    ...(fillable && { fillable: { ...fillable, seconds: (performance.now() - twinStarted) / 1000 } }),
  };
}

function titleOf(edition: Edition): string {
  if (edition.options.promptsOnly) return 'Reflections and exercises';
  return edition.options.booklet ? 'Workbook (booklet)' : 'Workbook';
}

function subjectOf(edition: Edition): string {
  const parts = ['A workbook for couples', edition.options.paper === 'a4' ? 'A4' : 'US Letter'];
  if (edition.options.practice) parts.push(`provided by ${edition.options.practice}`);
  return parts.join(', ');
}
