/**
 * Paged.js 0.4.3 loads every face in document.fonts before it lays out a page
 * (Chunker.prototype.loadFonts). With fonts cut into unicode-range slices that means fetching
 * every slice of every face the workbook bundles, about a thousand files, to print a few. The
 * slices the text needs are already loading once the page has been laid out, and Paged.js is only
 * started after document.fonts.ready (the renderer and the studio's preview both wait for it), so
 * loadFonts waits for those and nothing else.
 *
 * The polyfill arrives later (the renderer injects it, the studio's preview loads it) and sets
 * window.Paged; this module, loaded with the print source, catches that assignment.
 */
interface PagedModule {
  Chunker: { prototype: { loadFonts(): Promise<unknown> } };
}

let paged: PagedModule | undefined;
Object.defineProperty(window, 'Paged', {
  configurable: true,
  get: () => paged,
  set(module: PagedModule) {
    module.Chunker.prototype.loadFonts = () => document.fonts.ready;
    paged = module;
  },
});
