/** The e-book source a site build publishes (src/pages/workbook/print/epub.astro), relative to the built site. */
export const EPUB_SOURCE_PATH = 'workbook/print/epub/index.html';
