import type { AstroIntegration } from 'astro';

/**
 * The printed book's pages, injected as Starlight injects its routes: the site's own pages never
 * import the workbook, and the workbook builds on the site's layouts and content.
 * - `/workbook/print/<paper>/`: the book for Paged.js (PrintSource.astro);
 * - `/workbook/print/set/<paper>/`: the front sheet of the set (SetFront.astro, workbook/set/);
 * - `/workbook/print/book.json`: what the book must hold (contracts/print-manifest.ts);
 * - `/workbook/print/epub/`: the e-book source that workbook/epub/ packages;
 * - `/workbook/studio/`: the print studio (a counselor's own edition, in the browser).
 */
export function workbookPrint(): AstroIntegration {
  return {
    name: 'workbook-print',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({
          pattern: '/workbook/print/[paper]',
          entrypoint: new URL('./PrintSource.astro', import.meta.url),
        });
        injectRoute({
          pattern: '/workbook/print/set/[paper]',
          entrypoint: new URL('./SetFront.astro', import.meta.url),
        });
        injectRoute({
          pattern: '/workbook/print/book.json',
          entrypoint: new URL('./print-manifest-route.ts', import.meta.url),
        });
        injectRoute({
          pattern: '/workbook/print/epub',
          entrypoint: new URL('../epub/EpubSource.astro', import.meta.url),
        });
        injectRoute({
          pattern: '/workbook/studio',
          entrypoint: new URL('../studio/index.astro', import.meta.url),
        });
      },
    },
  };
}
