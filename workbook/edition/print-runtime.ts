/**
 * The print source's only script. It reads the edition from the page's address and applies it
 * before anything paginates. With `preview=1` (the studio's preview frame) it then runs Paged.js
 * itself and tells the studio how many pages it made; otherwise the renderer drives Paged.js.
 */
import pagedPolyfillUrl from '../../node_modules/pagedjs/dist/paged.polyfill.js?url';
import '../render/paged-font-loading.ts';
import { applyEdition } from './apply-edition.ts';
import { bookletCss, bookletPages } from './booklet-css.ts';
import { imposeInPage } from './impose-in-page.ts';
import { numberContents } from './number-contents.ts';
import { padBooklet } from './pad-booklet.ts';
import { keepPart, placePart } from './print-parts.ts';
import type { FinishOptions, PagedWindow } from '../render/paged-window.ts';
import { editionInputFromQuery } from './edition-query.ts';
import { editionSchema, type EditionOptions } from './edition-schema.ts';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import type { PaperId } from '../paper-sizes.ts';

export interface PreviewMessage {
  type: 'workbook-preview';
  /** Book pages laid out (for a booklet: half-size pages, padded to a multiple of four). */
  pages?: number;
  /** For a booklet: the sheet sides they were imposed on. */
  sides?: number;
  error?: string;
}

// The studio's preview passes the edition after # (never sent to a server); the renderer uses ?.
const params = new URLSearchParams(location.hash.length > 1 ? location.hash.slice(1) : location.search);
const preview = params.get('preview') === '1';
const paper = (document.documentElement.dataset['paper'] ?? 'letter') as PaperId;

function tell(message: PreviewMessage): void {
  if (preview && window.parent !== window) window.parent.postMessage(message, location.origin);
}

const input = editionInputFromQuery(params);
delete input['paper']; // the print source's address already names its paper
const parsed = editionSchema.safeParse({ ...input, paper }, { reportInput: true });

let edition: EditionOptions | undefined;

/** Once Paged.js has laid out every page: the contents' page numbers, then a booklet's padding. */
function finishPages(options: FinishOptions = {}): void {
  numberContents(document, options.pageOf);
  if (edition?.booklet) padBooklet(document);
}
// The renderer calls these by name (workbook/render/run-paged-preview.ts, paginate-in-parts.ts).
const hooks = window as unknown as PagedWindow;
hooks.__workbookAfterPagination = finishPages;
hooks.__workbookKeepPart = (part) => keepPart(document, part);
hooks.__workbookPlacePart = (placement) => placePart(document, placement);

if (!parsed.success) {
  const message = formatIssues('edition', parsed.error.issues);
  document.documentElement.dataset['editionError'] = message;
  tell({ type: 'workbook-preview', error: message });
} else {
  applyEdition(document, parsed.data);
  edition = parsed.data;
  if (parsed.data.booklet) {
    // Replace the page set-up in place, so the @page rules keep their order (Paged.js resolves
    // :first and named pages against the rules that come after them).
    const setup = document.getElementById('page-setup');
    if (setup) setup.textContent = bookletCss(paper);
  }
  document.documentElement.dataset['editionReady'] = '';
  if (preview) void runPreview();
}

async function runPreview(): Promise<void> {
  try {
    (window as unknown as { PagedConfig: unknown }).PagedConfig = { auto: false };
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = pagedPolyfillUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('Paged.js could not be loaded'));
      document.head.append(script);
    });
    await document.fonts.ready;
    const paged = (window as unknown as { PagedPolyfill: { preview(): Promise<unknown> } }).PagedPolyfill;
    await paged.preview();
    finishPages();
    const pages = document.querySelectorAll('.pagedjs_page').length;
    if (!edition?.booklet) {
      tell({ type: 'workbook-preview', pages });
      return;
    }
    const sheet = bookletPages[paper].sheet;
    const sides = imposeInPage(document, { width: pointsToMm(sheet.width), height: pointsToMm(sheet.height) });
    tell({ type: 'workbook-preview', pages, sides });
  } catch (error) {
    tell({ type: 'workbook-preview', error: error instanceof Error ? error.message : String(error) });
  }
}

function pointsToMm(points: number): number {
  return Math.round(((points * 25.4) / 72) * 10) / 10;
}
