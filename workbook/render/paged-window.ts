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
  __workbookAfterPagination?(): void | Promise<void>;
  /** Bound with page.exposeFunction; reports pages laid out so far. */
  __workbookPageLaidOut(pagesLaidOut: number): Promise<void>;
}
