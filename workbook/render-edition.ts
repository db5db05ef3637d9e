import type { Browser } from 'playwright-core';
import { FriendlyError } from '../src/lib/friendly-error.ts';
import { printSourcePath, type Edition } from './editions.ts';
import { checkContentsNumbers } from './guard/contents-numbers.ts';
import { findMissingContent } from './guard/completeness.ts';
import { collectPageMap, type ChapterPages } from './page-map.ts';
import { postprocessPdf } from './pdf/postprocess.ts';
import { readOutline } from './pdf/read-outline.ts';
import { readPdfText } from './pdf/read-pdf-text.ts';
import type { PrintManifest } from './print-manifest.ts';
import { paginate } from './render/paginate.ts';

export interface RenderedEdition {
  edition: Edition;
  pdf: Uint8Array;
  pageCount: number;
  /** Seconds spent paginating and printing (the figure the benchmark reports). */
  seconds: number;
  chapters: ChapterPages[];
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
  onProgress?: (pagesLaidOut: number) => void;
}

/**
 * Renders one edition to a finished PDF and refuses to return one that lost content or whose
 * contents point to the wrong pages. Nothing is written here: the caller writes atomically.
 */
export async function renderEdition(
  browser: Browser,
  edition: Edition,
  options: RenderEditionOptions,
): Promise<RenderedEdition> {
  const url = new URL(printSourcePath(edition), options.siteUrl).href;
  const rendered = await paginate(browser, url, {
    collect: collectPageMap,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const { pages } = await readPdfText(rendered.pdf);
  const outline = await readOutline(rendered.pdf);
  const missing = findMissingContent(options.manifest, pages);
  const misnumbered = checkContentsNumbers(options.manifest, pages, outline);
  if (missing.length > 0 || misnumbered.length > 0) {
    throw new FriendlyError(
      [
        `The ${edition.name} workbook is incomplete; no PDF was written.`,
        ...missing.map((line) => `  missing ${line}`),
        ...misnumbered.map((line) => `  contents: ${line}`),
      ].join('\n'),
    );
  }

  const pdf = await postprocessPdf(rendered.pdf, {
    title: `${options.manifest.title}: Workbook`,
    author: options.author,
    subject: `A workbook for couples (${edition.name})`,
    keywords: options.keywords,
    creator: 'Rebuilding Trust workbook renderer (Paged.js, Chromium)',
    producer: 'pdf-lib',
    language: options.manifest.language,
    date: options.date,
  });
  return { edition, pdf, pageCount: rendered.pageCount, seconds: rendered.seconds, chapters: rendered.collected };
}
