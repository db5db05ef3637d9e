/**
 * The part of Paged.js 0.4.3's ES module that the print runtime uses; the package ships no types.
 * https://github.com/pagedjs/pagedjs/blob/0.4.3/src/polyfill/previewer.js
 */
declare module 'pagedjs' {
  export interface PagedPage {
    removeListeners?(): void;
  }
  export interface PagedFlow {
    total: number;
    pages: PagedPage[];
  }
  export class Previewer {
    constructor(options?: object);
    /** The size of the first @page rule, as contracts/print-runtime-api.ts's PagedSize. */
    size: { width: { value: number; unit: string }; height: { value: number; unit: string } };
    chunker: { pages: PagedPage[] };
    /** Its style sheets; `base` holds Paged.js's own rules (src/polisher/base.js), once `preview` has begun. */
    polisher: { base?: HTMLStyleElement };
    preview(content?: DocumentFragment, stylesheets?: unknown[], renderTo?: Element): Promise<PagedFlow>;
  }
  export class Chunker {
    loadFonts(): Promise<unknown>;
  }
  export class Handler {
    constructor(chunker: unknown, polisher: unknown, caller: unknown);
  }
  export function registerHandlers(
    ...handlers: (new (chunker: unknown, polisher: unknown, caller: unknown) => Handler)[]
  ): void;
}
