import type { PagedSize, PagedWindow } from './paged-window.ts';

export interface PreviewResult {
  pageCount: number;
  size: PagedSize;
}

/**
 * Runs in the page once the polyfill is injected (with `PagedConfig.auto` false, so nothing has
 * happened yet). Fonts first: Paged.js measures text to break pages, and a fallback font's
 * metrics would move every break. Each laid-out page is reported through the
 * `__workbookPageLaidOut` binding; then the print source's own `__workbookAfterPagination`, if it
 * has one, finishes the pages (the workbook writes its contents' page numbers). Self-contained: Playwright serialises it into the page.
 */
export async function runPagedPreview(): Promise<PreviewResult> {
  await document.fonts.ready;
  const paged = window as unknown as PagedWindow;
  let laidOut = 0;
  paged.Paged.registerHandlers(
    class extends paged.Paged.Handler {
      afterPageLayout(): void {
        laidOut += 1;
        void paged.__workbookPageLaidOut(laidOut);
      }
    },
  );
  const flow = await paged.PagedPolyfill.preview();
  await paged.__workbookAfterPagination?.();
  return { pageCount: document.querySelectorAll('.pagedjs_page').length, size: flow.size };
}
