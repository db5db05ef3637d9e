import type { FormFieldBox, PageRect } from '../../contracts/form-fields.ts';
import { ui } from '../../../src/lib/ui-strings.ts';
import { areaName, fillData, type FillKind } from '../writing-areas.ts';

/** CSS pixels per unit, for the lengths a line pitch is written in. */
const pxPer: Record<string, number> = { px: 1, pt: 96 / 72, pc: 16, in: 96, cm: 96 / 2.54, mm: 96 / 25.4 };

/** A table cell this tall (10 mm) takes typing on two lines or more; a shorter one, one line. */
const multilineCellPx = 10 * pxPer['mm']!;

/** The least height a line of typing needs (4 mm): less, and a caption is cut off beside the space, not above it. */
const writableHeightPx = 4 * pxPer['mm']!;

/** A fragment shorter than this (1 mm) holds no writing space: a split left only its label on the page. */
const emptyFragmentPx = pxPer['mm']!;

/**
 * Measures the writing space of the paginated pages for a fillable edition: every element the
 * print components marked with `data-fill` (writing-areas.ts) gives a field on the page it
 * landed on, in CSS px from that page's top-left corner, clear of the label or caption printed
 * inside it (`data-fill-exclude`) and inside the page's area (never past its edge). Ruled space split between
 * pages gives one field per page fragment (`.1`, `.2`…). Page numbers are the pages'
 * `data-page-number`, which a part of a long book has already been given (print-parts.ts), so
 * they are the finished PDF's. Run after `finish`, in the same render that prints.
 */
export function collectFields(document: Document): FormFieldBox[] {
  const fields: FormFieldBox[] = [];
  /** Each area's element (Paged.js's data-ref, shared by the fragments of one element) and fragments so far. */
  const areas = new Map<string, { ref: string | undefined; fragments: number }>();
  for (const page of document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')) {
    const pageNumber = Number(page.dataset['pageNumber']);
    const sheet = page.getBoundingClientRect();
    for (const element of page.querySelectorAll<HTMLElement>(`[${fillData.kind}]`)) {
      if (element.closest('[hidden]')) continue;
      const rect = measure(element, page, sheet);
      const marked = element.getAttribute(fillData.kind) as FillKind;
      if (rect === undefined || (marked === 'multiline' && rect.height < emptyFragmentPx)) continue;
      const partner = element.getAttribute(fillData.partner) ?? undefined;
      const area = areaName(element.getAttribute(fillData.name) ?? '', partner);
      const ref = element.dataset['ref'];
      const known = areas.get(area);
      if (known && (marked !== 'multiline' || known.ref === undefined || known.ref !== ref)) {
        throw new Error(`Two writing areas of the print page are both named "${area}" (writing-areas.ts)`);
      }
      const fragment = (known?.fragments ?? 0) + 1;
      areas.set(area, { ref, fragments: fragment });
      const tip = element.getAttribute(fillData.tip) ?? '';
      const pitch = element.getAttribute(fillData.pitch);
      const linePitch = pitch ? lengthInPx(getComputedStyle(element).getPropertyValue(pitch)) : undefined;
      fields.push({
        name: marked === 'multiline' ? `${area}.${fragment}` : area,
        kind: marked === 'cell' ? (rect.height >= multilineCellPx ? 'multiline' : 'text') : marked,
        page: pageNumber,
        rect,
        tooltip: partner && !element.hasAttribute(fillData.ownerNamed) ? `${ui.partner(partner)}: ${tip}` : tip,
        ...(linePitch === undefined ? {} : { linePitch }),
      });
    }
  }
  return fields;
}

/**
 * The element's box on its page, less what it prints inside (above or below its space), within
 * the page's area. Paged.js lays a page's content out in CSS columns and clips everything past
 * the first: an element split at the page's foot has boxes in later columns too (its
 * getBoundingClientRect spans them), so only its boxes inside the page's area count.
 */
function measure(element: HTMLElement, page: HTMLElement, sheet: DOMRect): PageRect | undefined {
  const area = (page.querySelector('.pagedjs_area') ?? page).getBoundingClientRect();
  const box = visibleBox(element.getClientRects(), area);
  if (!box) return undefined;
  let { top, bottom, left, right } = box;
  for (const printed of element.querySelectorAll(`[${fillData.exclude}]`)) {
    // Its words, not its box: a caption's box may stretch across the line it labels.
    const words = element.ownerDocument.createRange();
    words.selectNodeContents(printed);
    const own = visibleBox(words.getClientRects(), area);
    if (!own) continue;
    // A label above or a caption below is cut off with its row; a caption beside a line too thin
    // to write on without that row ("Name ____" on the cover) is cut off at its side instead.
    const above = (own.top + own.bottom) / 2 < (top + bottom) / 2;
    const [cutTop, cutBottom] = above ? [Math.max(top, own.bottom), bottom] : [top, Math.min(bottom, own.top)];
    if (cutBottom - cutTop >= writableHeightPx) [top, bottom] = [cutTop, cutBottom];
    else if ((own.left + own.right) / 2 < (left + right) / 2) left = Math.max(left, own.right);
    else right = Math.min(right, own.left);
  }
  if (bottom - top <= 0 || right - left <= 0) return undefined;
  // Rounded inwards, so a field never grows past what was measured.
  const x = Math.ceil((left - sheet.left) * 100) / 100;
  const y = Math.ceil((top - sheet.top) * 100) / 100;
  return {
    x,
    y,
    width: round(Math.floor((right - sheet.left) * 100) / 100 - x),
    height: round(Math.floor((bottom - sheet.top) * 100) / 100 - y),
  };
}

/** The union of the boxes that fall in `area`, clipped to it. */
function visibleBox(boxes: Iterable<DOMRect>, area: DOMRect) {
  let found: { left: number; right: number; top: number; bottom: number } | undefined;
  for (const own of boxes) {
    const left = Math.max(own.left, area.left);
    const right = Math.min(own.right, area.right);
    const top = Math.max(own.top, area.top);
    const bottom = Math.min(own.bottom, area.bottom);
    if (right - left <= 0 || bottom - top <= 0) continue;
    found = found
      ? {
          left: Math.min(found.left, left),
          right: Math.max(found.right, right),
          top: Math.min(found.top, top),
          bottom: Math.max(found.bottom, bottom),
        }
      : { left, right, top, bottom };
  }
  return found;
}

/** "8.5mm" → 32.13: a custom property's length, as the page's CSS wrote it. */
function lengthInPx(value: string): number | undefined {
  const match = /^\s*([\d.]+)\s*(px|pt|pc|in|cm|mm)\s*$/.exec(value);
  return match ? round(Number(match[1]) * pxPer[match[2]!]!) : undefined;
}

/** Hundredths of a pixel: the same layout gives the same numbers, and so the same PDF bytes. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
