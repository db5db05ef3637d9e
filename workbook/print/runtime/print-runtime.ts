/**
 * The print page's one program: the only place Paged.js is started. It is bundled with the page
 * by Vite (Paged.js included, from node_modules), and installs `window.workbook`, the API that
 * Node's renderer and the studio's preview frame both call (contracts/print-runtime-api.ts), so
 * they lay out the same pages by construction. The edition arrives as one validated value
 * through `apply`; nothing is read from the page's address.
 */
import { Handler, Previewer, registerHandlers } from 'pagedjs';
import {
  PAGE_LAID_OUT,
  type Finished,
  type Paginated,
  type PrintRuntime,
  type PrintWindow,
} from '../../contracts/print-runtime-api.ts';
import type { EditionOptions } from '../../edition/edition-schema.ts';
import { bookletPages } from '../../page/booklet-pages.ts';
import { applyEdition } from './apply-edition.ts';
import { FlowHandout } from './flow-handout.ts';
import { blankNativePageCss, giveCustomElementsADisplay } from './chrome-compat.ts';
import { addCheckboxes } from './add-checkboxes.ts';
import { collectFields } from './collect-fields.ts';
import { collectBlockPages, collectPageMap } from './collect-page-map.ts';
import { headingsWithoutIds, missingHeadingIdsMessage } from './heading-ids.ts';
import { imposeInPage } from './impose-in-page.ts';
import { numberContents } from './number-contents.ts';
import { padBooklet } from './pad-booklet.ts';
import { findFontsInUse, loadedFaces, loadFacesNamed, loadFontsWhenPagedJsDoes } from './paged-font-loading.ts';
import { fillEmptyPages } from './fill-empty-pages.ts';
import { readyToPrint } from './ready-to-print.ts';
import { ruleNotesPages } from './rule-notes-pages.ts';
import { KeepWritingTogether } from './keep-writing-together.ts';
import { measurePages } from './measure-pages.ts';
import { markWritingOwners } from './writing-owners.ts';
import { endPart, exportPart, joinParts, keepPart } from './print-parts.ts';

const view = window as Window & PrintWindow;
let edition: EditionOptions | undefined;
let previewer: Previewer | undefined;
let paginated: Paginated | undefined;

let laidOut = 0;
registerHandlers(
  class ReportProgress extends Handler {
    afterPageLayout(): void {
      laidOut += 1;
      void view[PAGE_LAID_OUT]?.(laidOut);
    }
  },
  KeepWritingTogether,
  FlowHandout,
);

function laidOutPages(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')];
}

const runtime: PrintRuntime = {
  apply(next, ownCopyPages) {
    if (edition) throw new Error('This print page already has its edition; load it again for another');
    applyEdition(document, next, ownCopyPages);
    edition = next;
  },

  async paginate({ part } = {}) {
    if (previewer) throw new Error('This print page is already laid out');
    if (part) keepPart(document, part);
    addCheckboxes(document);
    markWritingOwners(document, { personal: edition !== undefined && edition.for !== 'couple' });
    const missing = headingsWithoutIds(document);
    if (missing.length > 0) throw new Error(missingHeadingIdsMessage(location.href, missing));
    giveCustomElementsADisplay(document);
    // Paged.js measures text to break pages; a fallback font's metrics would move every break.
    loadFontsWhenPagedJsDoes(document, await findFontsInUse(document));
    previewer = new Previewer();
    await previewer.preview();
    paginated = { pageCount: laidOutPages().length, size: previewer.size };
    return paginated;
  },

  endPart() {
    if (!previewer) throw new Error('endPart() needs the pages laid out first (paginate)');
    return endPart(document, previewer.chunker.pages);
  },

  exportPart(placement) {
    return { ...exportPart(document, placement), faces: loadedFaces(document) };
  },

  async joinParts(parts) {
    const pageCount = joinParts(document, parts);
    // Chromium prints what is loaded: the faces the moved pages were laid out in, and their images.
    await loadFacesNamed(
      document,
      parts.flatMap((part) => part.faces),
    );
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
    return pageCount;
  },

  finish({ pageOf } = {}): Finished {
    if (!paginated) throw new Error('finish() needs the pages laid out first (paginate)');
    numberContents(document, pageOf);
    // Before a booklet's padding, which copies Notes pages only.
    fillEmptyPages(document);
    ruleNotesPages(document);
    if (edition?.booklet) padBooklet(document);
    const style = document.createElement('style');
    style.textContent = blankNativePageCss(paginated.size);
    document.head.append(style);
    return { pageCount: laidOutPages().length };
  },

  readyToPrint() {
    const base = previewer?.polisher.base?.sheet;
    if (!paginated || !base) throw new Error('readyToPrint() needs the pages laid out first (paginate)');
    readyToPrint(document, base);
  },

  collect: () => collectPageMap(document),

  collectBlockPages: () => collectBlockPages(document),

  collectFields: () => collectFields(document),

  collectPages: () => measurePages(document),

  impose() {
    if (!edition?.booklet) throw new Error('impose() is for a booklet edition');
    const { sheet } = bookletPages[edition.paper];
    return imposeInPage(document, { width: pointsToMm(sheet.width), height: pointsToMm(sheet.height) });
  },

  async preview(next, ownCopyPages) {
    runtime.apply(next, ownCopyPages);
    await runtime.paginate();
    const { pageCount } = runtime.finish();
    return next.booklet ? { pages: pageCount, sides: runtime.impose() } : { pages: pageCount };
  },
};

view.workbook = runtime;

function pointsToMm(points: number): number {
  return Math.round(((points * 25.4) / 72) * 10) / 10;
}
