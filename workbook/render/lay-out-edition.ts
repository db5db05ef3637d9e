import type { Browser } from 'playwright-core';
import type { ChapterPages } from '../contracts/chapter-pages.ts';
import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { PageLayout } from '../contracts/page-layout.ts';
import type { PrintWindow } from '../contracts/print-runtime-api.ts';
import { printPagePath, type Edition } from '../edition/standard-editions.ts';
import { paginate } from './paginate.ts';
import { paginateInParts } from './paginate-in-parts.ts';
import type { RenderPhases } from './render-phases.ts';

/** An edition laid out and printed by Chromium, before any check or post-processing. */
export interface LaidOutEdition {
  pdf: Uint8Array;
  /** Pages Paged.js laid out (a booklet: half-size pages, padded to a multiple of four). */
  pageCount: number;
  /** Seconds spent paginating and printing (the figure the benchmark reports). */
  seconds: number;
  phases: RenderPhases;
  /**
   * What the print runtime measured in the finished pages: each chapter's pages, every writing
   * area's box, the page each prompt and exercise starts on, how full each page is.
   */
  collected: {
    chapters: ChapterPages[];
    fields: FormFieldBox[];
    blocks: Record<string, number>;
    pages: PageLayout[];
  };
}

export interface LayOutOptions {
  /** Origin of the served dist/, with a trailing slash. */
  siteUrl: string;
  /** How many parts to lay the book out in at once (partsFor); 1 lays it out whole. */
  parts: number;
  timeoutMs?: number;
  /** Stops the render (Ctrl-C, or another edition's failure): the page closes, nothing is returned. */
  signal?: AbortSignal;
  onProgress?: (pagesLaidOut: number) => void;
  /** Called once the parts are joined: the render needs one core from then on (never for a whole one). */
  onJoined?: () => void;
}

/**
 * Opens the print page for the edition's paper, applies the edition and lets Paged.js lay it out
 * (in parts at once, one per core, when it has chapters to cut at), then prints it. The writing space is measured for every edition: a
 * few milliseconds, and the standard editions' fillable twins come from the same render (one
 * layout, two post-processings).
 */
export async function layOutEdition(
  browser: Browser,
  edition: Edition,
  options: LayOutOptions,
): Promise<LaidOutEdition> {
  const { options: settings } = edition;
  const url = new URL(printPagePath(settings), options.siteUrl).href;
  const paginateOptions = {
    edition: settings,
    ...(edition.ownCopyPages ? { ownCopyPages: edition.ownCopyPages } : {}),
    collect: () => {
      const runtime = (window as Window & PrintWindow).workbook;
      if (!runtime) throw new Error('the print page has no runtime');
      return {
        chapters: runtime.collect(),
        fields: runtime.collectFields(),
        blocks: runtime.collectBlockPages(),
        pages: runtime.collectPages(),
      };
    },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onJoined ? { onJoined: options.onJoined } : {}),
  };
  return options.parts === 1
    ? paginate(browser, url, paginateOptions)
    : paginateInParts(browser, url, options.parts, paginateOptions);
}
