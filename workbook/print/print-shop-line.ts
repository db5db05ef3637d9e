import type { EditionOptions } from '../edition/edition-schema.ts';
import { bookletPages } from '../page/booklet-pages.ts';
import { paperSizes } from '../page/paper-sizes.ts';

/** Points to millimetres, to the nearest tenth. */
const pointsToMm = (points: number) => Math.round(((points * 25.4) / 72) * 10) / 10;

function size(widthMm: number, heightMm: number): string {
  return `${widthMm} × ${heightMm} mm`;
}

/**
 * The imprint's line for a print shop: what they would otherwise ask before they print: the
 * paper the file is for, the finished (trim) size, the bleed, and how to bind it. A booklet's
 * file is its imposed sheets, folded to the page size and saddle-stitched; the book is bound so it
 * lies flat to write in.
 */
export function printShopLine(edition: Pick<EditionOptions, 'paper' | 'booklet' | 'bleed'>): string {
  const paper = paperSizes[edition.paper];
  const bleed = `${Number(edition.bleed)} mm bleed and crop marks on every page`;
  if (edition.booklet) {
    const sheet = bookletPages[edition.paper].sheet;
    const trim = size(pointsToMm(sheet.width), pointsToMm(sheet.height));
    const folded = size(pointsToMm(sheet.width / 2), pointsToMm(sheet.height));
    return `For the print shop: ${paper.label} sheets, trimmed to ${trim} (${bleed}), printed on both sides, flipped on the short edge, folded to ${folded} and saddle-stitched (stapled on the fold).`;
  }
  return `For the print shop: ${paper.label}, trimmed to ${size(paper.widthMm, paper.heightMm)} (${bleed}), printed on both sides; a coil or wire binding on the long edge, so the book lies flat to write in.`;
}
