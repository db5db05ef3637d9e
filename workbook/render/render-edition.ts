import type { Browser } from 'playwright-core';
import type { ChapterPages } from '../contracts/chapter-pages.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { Edition } from '../edition/standard-editions.ts';
import type * as CheckAndFinish from './check-and-finish.ts';
import { layOutEdition } from './lay-out-edition.ts';
import { partsFor } from './parts-for.ts';
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
  /** Parts it was laid out in at once (1: whole); the PDF is the same bytes whatever the number. */
  parts: number;
  /** The same seconds, step by step. */
  phases: RenderPhases;
  /** Seconds after the render: reading the PDF back and checking it, then pdf-lib's post-processing. */
  afterRender: { guard: number; postprocess: number };
  chapters: ChapterPages[];
  /** The page each prompt and exercise starts on, by id (a personal copy's: the shared book points to them). */
  blockPages: Record<string, number>;
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
  /** Called once a render in parts is joined: it needs one core from then on (render-editions.ts starts the next). */
  onJoined?: () => void;
  /** Lay the book out in this many parts at once (default: partsFor the edition); 1 lays it out whole. */
  parts?: number;
  /**
   * Called once Chromium has printed the edition, before the checks: the render needs no browser
   * from then on (the CLI closes its own while the PDF is checked).
   */
  onLaidOut?: () => void;
}

/**
 * Renders one edition to a finished PDF in three steps: lay it out and print it (Chromium),
 * check it (the guards, on the PDF read back), post-process it (pdf-lib). It refuses to return a
 * PDF that lost content, printed what it should not, or whose contents point to the wrong pages.
 * Nothing is written here: the caller writes atomically.
 */
export async function renderEdition(
  browser: Browser,
  edition: Edition,
  options: RenderEditionOptions,
): Promise<RenderedEdition> {
  const parts = options.parts ?? partsFor(edition.options, options.manifest);
  // Already loading when the caller started it before the render (loadChecks); else from now.
  const afterLayout = loadChecks();
  // Handled below; a layout that fails first must not leave a failed load unhandled.
  afterLayout.catch(() => {});
  const laidOut = await layOutEdition(browser, edition, {
    siteUrl: options.siteUrl,
    parts,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onJoined ? { onJoined: options.onJoined } : {}),
  });

  options.signal?.throwIfAborted();
  options.onLaidOut?.();
  return (await afterLayout).checkAndFinish(laidOut, edition, options, parts);
}

/**
 * Loads what a render needs after Chromium's part: check-and-finish.ts with the guards, pdf-lib
 * and pdf.js, about 0.15 s of Node's time; once per process, whatever the renders. A render starts
 * it itself. The CLI starts it as Chromium starts, when Node's thread would wait anyway, rather than
 * before (2 cores: while Chromium lays a book out it keeps both busy, so a load then slows the layout).
 */
export function loadChecks(): Promise<typeof CheckAndFinish> {
  checkAndFinishModule ??= import('./check-and-finish.ts').then(async (module) => {
    await module.loadPdfReader();
    return module;
  });
  return checkAndFinishModule;
}

let checkAndFinishModule: Promise<typeof CheckAndFinish> | undefined;
