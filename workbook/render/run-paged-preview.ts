import type { FinishOptions, PagedSize, PagedWindow } from './paged-window.ts';

export interface PreviewResult {
  pageCount: number;
  size: PagedSize;
}

/**
 * Runs in the page once the polyfill is injected (with `PagedConfig.auto` false, so nothing has
 * happened yet). Fonts first: Paged.js measures text to break pages, and a fallback font's
 * metrics would move every break. Each laid-out page is reported through the
 * `__workbookPageLaidOut` binding; then the print source's own `__workbookAfterPagination`, if it
 * has one, finishes the pages (the workbook writes its contents' page numbers), unless `finish` is
 * false: a book laid out in parts is finished once every part is placed. Self-contained: Playwright serialises it into the page.
 */
export async function runPagedPreview({ finish }: { finish: FinishOptions | false }): Promise<PreviewResult> {
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
  if (finish) await paged.__workbookAfterPagination?.(finish);
  return { pageCount: document.querySelectorAll('.pagedjs_page').length, size: flow.size };
}
