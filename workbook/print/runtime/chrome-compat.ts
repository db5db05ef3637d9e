import type { PagedSize } from '../../contracts/print-runtime-api.ts';

/**
 * Guards against Chrome changes that Paged.js 0.4.3 predates. Each guard is checked by a render
 * test on tests/fixtures/print/.
 */

const MARGIN_BOXES = [
  'top-left-corner',
  'top-left',
  'top-center',
  'top-right',
  'top-right-corner',
  'right-top',
  'right-middle',
  'right-bottom',
  'bottom-right-corner',
  'bottom-right',
  'bottom-center',
  'bottom-left',
  'bottom-left-corner',
  'left-bottom',
  'left-middle',
  'left-top',
];

/**
 * Chrome ≥ 131 draws `@page` margin boxes natively (https://github.com/pagedjs/pagedjs/issues/248).
 * Paged.js has already drawn them into each `.pagedjs_page`, so any native box left over prints
 * the running head or folio a second time. Paged.js 0.4.3 strips the `@page` rules of the sheets
 * it processes, but not of sheets it skips (`data-pagedjs-ignore`, `media="screen"`, styles added
 * later); tests/fixtures/print/native-margin-boxes.html doubles its folio without this sheet.
 * Added after pagination, it makes the native page exactly Paged.js's sheet with no margins and
 * empty margin boxes. `!important` because it must beat `@page :first` or named-page rules
 * whatever their specificity.
 */
export function blankNativePageCss(size: PagedSize): string {
  const width = `${size.width.value}${size.width.unit}`;
  const height = `${size.height.value}${size.height.unit}`;
  const boxes = MARGIN_BOXES.map((box) => `@${box} { content: none !important; }`).join(' ');
  return `@page { size: ${width} ${height}; margin: 0 !important; ${boxes} }`;
}

/**
 * Chrome ≥ 138 mis-measures custom elements that have no explicit `display`
 * (https://github.com/pagedjs/pagedjs/issues/291): Paged.js then breaks pages in the wrong
 * place or overlaps content. Such an element is `inline` by default, even around paragraphs,
 * and an inline box also ignores `break-inside: avoid`. Runs in the page before pagination and
 * writes each custom element's computed display as an inline style, choosing `block` for an
 * inline one that wraps block content (what its author meant). Returns how many elements it
 * touched.
 */
export function giveCustomElementsADisplay(document: Document): number {
  const blockish = new Set(['block', 'flex', 'grid', 'table', 'list-item', 'flow-root']);
  let touched = 0;
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    if (!element.localName.includes('-') || element.style.display !== '') continue;
    const view = document.defaultView ?? window;
    const display = view.getComputedStyle(element).display;
    const wrapsBlocks = [...element.children].some((child) => blockish.has(view.getComputedStyle(child).display));
    element.style.display = display === 'inline' && wrapsBlocks ? 'block' : display;
    touched += 1;
  }
  return touched;
}
