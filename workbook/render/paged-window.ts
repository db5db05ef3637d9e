/**
 * The globals the renderer touches inside the page. Paged.js ships no types for its polyfill
 * globals, so this names just the surface we use.
 */
export interface PagedSize {
  width: { value: number; unit: string };
  height: { value: number; unit: string };
}

export interface PagedFlow {
  total: number;
  size: PagedSize;
}

export interface FinishOptions {
  /** Pages of anchors laid out in other parts of the same book, by id. */
  pageOf?: Record<string, number>;
}

/** Where an element landed: its page, and its top-left corner on that page in CSS pixels. */
export interface Anchor {
  page: number;
  x: number;
  y: number;
}

export interface PlacedPart {
  pageCount: number;
  /** Every element with an id, by id. */
  anchors: Record<string, Anchor>;
  /** Ids this part links to but does not hold; each got an empty stand-in so Chromium keeps the link. */
  standIns: string[];
}

/** Paged.js calls a handler's hook methods (e.g. `afterPageLayout`) by name. */
type PagedHandlerClass = new (...args: never[]) => object;

export interface PagedWindow {
  PagedConfig?: { auto: boolean };
  Paged: {
    Handler: PagedHandlerClass;
    registerHandlers(...handlers: PagedHandlerClass[]): void;
  };
  PagedPolyfill: { preview(): Promise<PagedFlow> };
  /** Defined by a print source that finishes its pages itself (the workbook numbers its contents). */
  __workbookAfterPagination?(options: FinishOptions): void | Promise<void>;
  /** Defined by a print source that can be laid out in parts: keeps part `index` of `count`. */
  __workbookKeepPart?(part: { index: number; count: number }): void;
  /** After layout, numbers a part's pages from `firstPage` and says where its anchors landed. */
  __workbookPlacePart?(placement: { firstPage: number }): PlacedPart;
  /** Bound with page.exposeFunction; reports pages laid out so far. */
  __workbookPageLaidOut(pagesLaidOut: number): Promise<void>;
}
