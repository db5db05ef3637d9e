/**
 * How the finished pages print, set for every medium, so that switching to print changes no style:
 *
 * - what Paged.js's own `@media print` block did that the pages still need: no margin around the
 *   body, and one PDF page for each Paged.js page (a break before each; the pages already have
 *   their printed size);
 * - no paint layer on any page: Paged.js's sheet and bleed boxes clip their overflow, and its
 *   sheet, page box, page content and footnote area are positioned. Nothing overflows a page
 *   (Paged.js moves what does not fit on), and no box of ours is placed against these (a checklist
 *   item positions its own box);
 * - one clip around all the pages instead: Paged.js lays each page out in columns and keeps what a
 *   page cut in hidden columns to its right, whose width would make Chromium shrink every page to
 *   fit it.
 *
 * `!important` because Paged.js's rules for the footnote area and page content are more specific.
 */
export const flatPagesCss = `html, body { margin: 0; padding: 0; }
.pagedjs_pages { overflow: clip; }
.pagedjs_page + .pagedjs_page { break-before: page; }
.pagedjs_sheet, .pagedjs_bleed, .pagedjs_pagebox > .pagedjs_area > .pagedjs_footnote_area { overflow: visible !important; }
.pagedjs_sheet, .pagedjs_pagebox, .pagedjs_pagebox > .pagedjs_area > :is(.pagedjs_page_content, .pagedjs_footnote_area) { position: static !important; }`;

/**
 * What only Chromium's own print of the finished pages needs: done just before Node's `page.pdf`
 * (render/print-page.ts), never in the studio, whose readers print its preview through the
 * browser's dialog, with Paged.js's print rules as they are. The pages print the same
 * (the guard checks one PDF page per laid-out page: guard/printed-page-count.ts); two costs the
 * print paid on every page go (an 812-page book: docs/architecture.md, "The print"):
 *
 * - Paged.js's `@media print` block re-sized every page for print. The switch to print then
 *   restyled every page, and with it everything on the page, which inherits the page's running
 *   heads (custom properties set on each page): 2–3 s of style at 812 pages. The block is
 *   deleted, and what the pages need of it set for every medium (`flatPagesCss`).
 * - Each page had eight paint layers, and the print visits every layer of the book for each page
 *   it paints, a cost that grows with the square of the pages: 4–7 s of paint at 812 pages.
 *
 * `pagedJsBase` is the sheet of Paged.js's base rules (its polisher's), the only one changed.
 */
export function readyToPrint(document: Document, pagedJsBase: CSSStyleSheet): void {
  for (let index = pagedJsBase.cssRules.length - 1; index >= 0; index -= 1) {
    const rule = pagedJsBase.cssRules[index];
    if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') pagedJsBase.deleteRule(index);
  }
  const style = document.createElement('style');
  style.textContent = flatPagesCss;
  document.head.append(style);
}
