import type { Browser } from 'playwright-core';
import { book } from '../../src/lib/book.ts';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { paperLabels } from '../../src/schemas/paper.ts';
import type { ChapterPages } from '../contracts/chapter-pages.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { checkEdition, readPrinted } from '../guard/check-edition.ts';
import { outlineTitleFixes } from '../pdf/outline-title-fixes.ts';
import { discreetInfo } from '../guard/discreet-info.ts';
import { neutralTooltips } from '../pdf/neutral-tooltips.ts';
import { expectationsFor } from '../guard/edition-expectations.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';
import { finishEdition } from './finish-edition.ts';
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
  const { options: settings } = edition;
  const parts = options.parts ?? partsFor(settings, options.manifest);
  const laidOut = await layOutEdition(browser, edition, {
    siteUrl: options.siteUrl,
    parts,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onJoined ? { onJoined: options.onJoined } : {}),
  });

  options.signal?.throwIfAborted();
  const guardStarted = performance.now();
  const info = documentInfo(edition, options);
  const measured = settings.fillable || edition.fillableTwin !== undefined;
  // A discreet edition's tooltips name each field's place, not its prompt or a role.
  const fields = settings.discreet
    ? neutralTooltips(
        laidOut.collected.fields,
        expectationsFor(options.manifest, settings).manifest.chapters,
        settings.for,
      )
    : laidOut.collected.fields;
  const printed = await readPrinted(laidOut.pdf, settings);
  const problems = await checkEdition(
    { ...laidOut, fields, pages: laidOut.collected.pages },
    printed,
    settings,
    options.manifest,
    // The files it is written to, which a downloads list shows: a discreet copy's must be neutral too.
    { info, measured, fileNames: [edition.fileName, ...(edition.fillableTwin ? [edition.fillableTwin.fileName] : [])] },
  );
  if (problems.length > 0) {
    throw new FriendlyError(
      [`The ${edition.name} workbook is incomplete; no PDF was written.`, ...problems.map((line) => `  ${line}`)].join(
        '\n',
      ),
    );
  }
  const guard = (performance.now() - guardStarted) / 1000;

  const twin = edition.fillableTwin;
  const finished = await finishEdition(laidOut.pdf, settings, {
    info,
    language: options.manifest.language,
    date: options.date,
    fields,
    outlineTitles: outlineTitleFixes(printed.outline, printed.pages),
    twin: twin !== undefined,
  });
  return {
    edition,
    pdf: finished.pdf,
    pageCount: settings.booklet ? laidOut.pageCount / 2 : laidOut.pageCount,
    bookPages: laidOut.pageCount,
    seconds: laidOut.seconds,
    parts,
    phases: laidOut.phases,
    // This edition's own post-processing; a fillable twin's is timed on its own (fillable.seconds).
    afterRender: { guard, postprocess: finished.seconds },
    chapters: laidOut.collected.chapters,
    blockPages: laidOut.collected.blocks,
    formFields: settings.fillable ? fields.length : 0,
    ...(twin &&
      finished.twin && {
        fillable: {
          pdf: finished.twin.pdf,
          fileName: twin.fileName,
          fields: fields.length,
          seconds: finished.twin.seconds,
        },
      }),
  };
}

/** The PDF's details: title, author, subject, keywords; a discreet edition's name nothing outside. */
function documentInfo(edition: Edition, options: RenderEditionOptions): DocumentInfo {
  const info = {
    title: `${options.manifest.title}: ${titleOf(edition)}`,
    author: options.author,
    subject: subjectOf(edition),
    keywords: options.keywords,
    creator: `${book.shortTitle} workbook renderer (Paged.js, Chromium)`,
    producer: 'pdf-lib',
  };
  return edition.options.discreet ? discreetInfo(info, options.manifest.discreetTitle) : info;
}

function titleOf(edition: Edition): string {
  if (edition.options.promptsOnly) return 'Reflections and exercises';
  return edition.options.booklet ? 'Workbook (booklet)' : 'Workbook';
}

function subjectOf(edition: Edition): string {
  const parts = [book.coverLine, paperLabels[edition.options.paper]];
  if (edition.options.practice) parts.push(`provided by ${edition.options.practice}`);
  return parts.join(', ');
}
