export interface SheetSide {
  /** 0-based sheet in the stack, outermost first. */
  sheet: number;
  side: 'front' | 'back';
  /** 1-based booklet page printed on the left half of this side. */
  left: number;
  /** 1-based booklet page printed on the right half of this side. */
  right: number;
}

/**
 * Which booklet pages go on each side of each sheet, in print order (sheet 0 front, sheet 0
 * back, sheet 1 front, …). Printed double-sided with a short-edge flip, then folded as one stack
 * and stapled through the fold, the sheets read as pages 1..n. Each sheet carries four pages,
 * so n must be a multiple of 4.
 */
export function saddleStitchOrder(pageCount: number): SheetSide[] {
  assertBookletPageCount(pageCount);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < pageCount / 4; sheet += 1) {
    sides.push({ sheet, side: 'front', left: pageCount - 2 * sheet, right: 1 + 2 * sheet });
    sides.push({ sheet, side: 'back', left: 2 + 2 * sheet, right: pageCount - 1 - 2 * sheet });
  }
  return sides;
}

function assertBookletPageCount(pageCount: number): void {
  if (Number.isInteger(pageCount) && pageCount > 0 && pageCount % 4 === 0) return;
  const padded = Number.isFinite(pageCount) ? Math.max(4, Math.ceil(pageCount / 4) * 4) : 4;
  throw new Error(
    `A saddle-stitched booklet needs a positive multiple of 4 pages (one folded sheet holds 4); got ${pageCount}. ` +
      `Pad it with Notes pages to ${padded} before imposing.`,
  );
}
