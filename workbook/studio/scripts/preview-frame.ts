import type { Previewed, PrintWindow } from '../../contracts/print-runtime-api.ts';
import type { EditionOptions } from '../../edition/edition-schema.ts';
import { printPagePath } from '../../edition/print-page-path.ts';
import { pairsWithStandardCopies } from '../../edition/own-copy-pairing.ts';
import {
  OWN_COPY_PAGES_PATH,
  publishedOwnCopyPagesSchema,
  type PublishedOwnCopyPages,
} from '../../edition/own-copy-pages.ts';
import { studioUi } from '../studio-strings.ts';

/** Paged.js on the 2-core CI machine takes seconds per edition; past this something is wrong. */
const PREVIEW_TIMEOUT_MS = 120_000;

/**
 * Screen-only dress for the paginated frame: Paged.js lays pages edge to edge, which reads as one
 * long sheet. A gap and a shadow make them pages. media="screen" keeps printing exactly as laid out.
 */
const FRAME_PADDING_PX = 16;
const SCREEN_CSS = `
html { background: #dcd9d2; }
body { margin: 0; padding: ${FRAME_PADDING_PX}px; }
.pagedjs_pages { display: flex; flex-direction: column; align-items: center; gap: ${FRAME_PADDING_PX}px; }
.pagedjs_page, .booklet-sheet { background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 0.35); }
.booklet-sheet .pagedjs_page { box-shadow: inset -1px 0 0 #ccc; }
@media (prefers-color-scheme: dark) { html { background: #2b2e33; } }`;

export interface PreviewCallbacks {
  ready(pages: number, sides?: number): void;
  failed(message: string | undefined): void;
}

/**
 * The preview frame, made here rather than in the page so that a visit without JavaScript loads
 * no print page. The frame holds the plain print page for the edition's paper; once it has
 * loaded, the edition is handed to its runtime as a value (`workbook.preview`, the same calls as
 * Node's renderer makes), so nothing the counselor types is put in an address. Each edition gets
 * a fresh <iframe>: the result of an earlier, slower render then belongs to a frame that is no
 * longer shown and is ignored, and the frames' navigations never enter the page's history.
 */
export class PreviewFrame {
  readonly viewport: HTMLElement;
  readonly callbacks: PreviewCallbacks;
  #frame: HTMLIFrameElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ready = false;

  constructor(viewport: HTMLElement, callbacks: PreviewCallbacks) {
    this.viewport = viewport;
    this.callbacks = callbacks;
    new ResizeObserver(() => this.#fit()).observe(viewport);
  }

  get ready(): boolean {
    return this.#ready;
  }

  load(edition: EditionOptions): void {
    const next = document.createElement('iframe');
    next.title = studioUi.previewTitle;
    // BASE_URL ends in a slash (trailingSlash: "always"): "/" or "/our-book/".
    next.src = `${import.meta.env.BASE_URL}${printPagePath(edition)}`;
    next.addEventListener('load', () => void this.#render(next, edition), { once: true });
    if (this.#frame) this.#frame.replaceWith(next);
    else this.viewport.append(next);
    this.#frame = next;
    this.#ready = false;
    this.viewport.setAttribute('aria-busy', 'true');
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#finish(undefined), PREVIEW_TIMEOUT_MS);
  }

  /** The browser's print dialog for the paginated pages, with Paged.js's print CSS (page size from @page). */
  print(): void {
    if (this.#ready) this.#frame?.contentWindow?.print();
  }

  async #render(frame: HTMLIFrameElement, edition: EditionOptions): Promise<void> {
    let result: Previewed | string;
    try {
      const view: (Window & PrintWindow) | null = frame.contentWindow;
      const runtime = view?.workbook;
      if (!runtime) throw new Error('the print page has no print runtime');
      const pages = pairsWithStandardCopies(edition) ? (await publishedOwnCopyPages())?.[edition.paper] : undefined;
      result = await runtime.preview(edition, pages);
    } catch (error) {
      result = error instanceof Error ? error.message : String(error);
    }
    if (frame !== this.#frame) return;
    if (typeof result === 'string') {
      this.#finish(result);
      return;
    }
    this.#ready = true;
    this.#dress();
    this.#fit();
    this.#finish(result.pages, result.sides);
  }

  #finish(result: number | string | undefined, sides?: number): void {
    clearTimeout(this.#timer);
    this.viewport.removeAttribute('aria-busy');
    if (typeof result === 'number') this.callbacks.ready(result, sides);
    else this.callbacks.failed(result);
  }

  #dress(): void {
    const document = this.#frame?.contentDocument;
    if (!document) return;
    const style = document.createElement('style');
    style.media = 'screen';
    style.textContent = SCREEN_CSS;
    document.head.append(style);
  }

  /** Scales the frame so the widest page fits the column. */
  #fit(): void {
    const page = this.#ready
      ? this.#frame?.contentDocument?.querySelector<HTMLElement>('.booklet-sheet, .pagedjs_page')
      : undefined;
    // The page and the body's padding (SCREEN_CSS) on both sides; until pages exist, US Letter at 96 px/in.
    const width = page ? page.offsetWidth + 2 * FRAME_PADDING_PX : 850;
    const scale = Math.min(1, this.viewport.clientWidth / width);
    this.viewport.style.setProperty('--studio-frame-width', `${width}px`);
    this.viewport.style.setProperty('--studio-scale', scale.toFixed(4));
  }
}

let published: Promise<PublishedOwnCopyPages | undefined> | undefined;

/**
 * Each prompt's page in the prebuilt personal copies, as the build published them beside the
 * print page, read once: a shared book previewed and printed here points to the same pages as the
 * CLI's and the build's. A site built without the PDFs has none; its pointers name no page.
 */
function publishedOwnCopyPages(): Promise<PublishedOwnCopyPages | undefined> {
  published ??= fetch(`${import.meta.env.BASE_URL}${OWN_COPY_PAGES_PATH}`)
    .then(async (response) => (response.ok ? publishedOwnCopyPagesSchema.parse(await response.json()) : undefined))
    .catch(() => undefined);
  return published;
}
