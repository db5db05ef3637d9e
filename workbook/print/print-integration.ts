import type { AstroIntegration } from 'astro';

/**
 * The print page as the site sees it: two routes, owned here rather than under src/pages, so the
 * site never reaches into the workbook's components, styles or runtime.
 * `/workbook/print/<paper>/` is the book for Paged.js (PrintSource.astro) and
 * `/workbook/print/book.json` what it must hold (contracts/print-manifest.ts).
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
          pattern: '/workbook/print/book.json',
          entrypoint: new URL('./print-manifest-route.ts', import.meta.url),
        });
      },
    },
  };
}
