import type { EditionOptions } from '../edition/edition-schema.ts';
import type { ChapterPages } from './chapter-pages.ts';
import type { FormFieldBox } from './form-fields.ts';
import type { OwnCopyPages } from '../edition/own-copy-pages.ts';
import type { PageLayout } from './page-layout.ts';

/**
 * The print page's runtime (workbook/print/runtime/print-runtime.ts) as its callers see it: Node's
 * renderer (workbook/render/) through Playwright, and the studio's preview frame, which is on the
 * same origin and calls `frame.contentWindow.workbook` directly. Values cross as structured
 * clones, so everything here is plain data.
 */
export interface PrintRuntime {
  /**
   * Turns the standard print page into `edition`; once, before `paginate`. Throws if the page is
   * set for another paper. A shared book given `ownCopyPages` names the page of each prompt in
   * each reader's own copy.
   */
  apply(edition: EditionOptions, ownCopyPages?: OwnCopyPages): void;
  /**
   * Checks the page, gives custom elements a display, waits for the fonts and lays the pages out
   * with Paged.js. With `part`, keeps only that part of a long book first.
   */
  paginate(options?: { part?: PartOfBook }): Promise<Paginated>;
  /** A part of a book, after `paginate`: drops the page that ended it; returns the pages left. */
  endPart(): number;
  /** A later part, after `endPart`: its pages numbered from `firstPage`, for the first part's document. */
  exportPart(placement: { firstPage: number }): ExportedPart & { faces: string[] };
  /**
   * The first part, after `endPart`: appends the later parts' pages and waits for the fonts
   * they are set in; it then holds the whole book, to `finish` and print. Returns its pages.
   */
  joinParts(parts: (ExportedPart & { faces: string[] })[]): Promise<number>;
  /**
   * After layout: the contents' page numbers, ruling for the Notes space, a booklet's padding, the
   * CSS that prints Paged.js's pages as they are.
   */
  finish(options?: FinishOptions): Finished;
  /**
   * Last, in Node only, just before Chromium prints the finished pages to PDF: takes away what
   * costs the print time on every page and changes no page (print/runtime/ready-to-print.ts).
   */
  readyToPrint(): void;
  /** Where each chapter landed, read from the finished pages. */
  collect(): ChapterPages[];
  /** The page each prompt and exercise starts on, by id: a personal copy's, for the shared book's pointers. */
  collectBlockPages(): Record<string, number>;
  /**
   * The writing space of the finished pages, for a fillable edition's form fields: one box per
   * writing area (per page fragment of ruled space), on the pages of the finished PDF.
   */
  collectFields(): FormFieldBox[];
  /** How full each finished page is, and any writing it begins with under no name (guard/page-layout.ts). */
  collectPages(): PageLayout[];
  /** For a booklet in the browser: moves the finished pages two to a landscape sheet; returns the sheet sides. */
  impose(): number;
  /** The studio's whole preview: apply, paginate, finish and, for a booklet, impose. */
  preview(edition: EditionOptions, ownCopyPages?: OwnCopyPages): Promise<Previewed>;
}

/** Part `index` (from 0) of `count`. */
export interface PartOfBook {
  index: number;
  count: number;
}

export interface PagedSize {
  width: { value: number; unit: string };
  height: { value: number; unit: string };
}

export interface Paginated {
  pageCount: number;
  size: PagedSize;
}

export interface FinishOptions {
  /** Pages of anchors laid out in other parts of the same book, by id. */
  pageOf?: Record<string, number>;
}

export interface Finished {
  /** Book pages, after a booklet's padding. */
  pageCount: number;
}

export interface Previewed {
  /** Book pages laid out (for a booklet: half-size pages, padded to a multiple of four). */
  pages: number;
  /** For a booklet: the sheet sides they were imposed on. */
  sides?: number;
}

/** Where an element landed: its page, and its top-left corner on that page in CSS pixels. */
export interface Anchor {
  page: number;
  x: number;
  y: number;
}

/** One inline style declaration: property, value, priority ('' or 'important'). */
export type InlineDeclaration = [name: string, value: string, priority: string];

/** A later part's laid-out pages, moved into the first part's document. */
export interface ExportedPart {
  /** The pages' HTML, numbered on from the parts before. */
  html: string;
  /** Each element with inline style (the pages first, in document order): its declarations, as set. */
  styles: InlineDeclaration[][];
  /** The names Paged.js generated for its rules in the part's document, in the order it wrote them. */
  generatedNames: string[];
}

/** The window of a print page: the runtime, and the progress binding Node may expose. */
export interface PrintWindow {
  workbook?: PrintRuntime;
  /** Bound by Node's renderer with page.exposeFunction; the runtime reports each page laid out to it. */
  [PAGE_LAID_OUT]?: (pagesLaidOut: number) => Promise<void>;
}

export const PAGE_LAID_OUT = '__workbookPageLaidOut';
