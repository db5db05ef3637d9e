/** Page margins in millimetres; inner is the binding side. */
export interface PageMargins {
  top: number;
  bottom: number;
  inner: number;
  outer: number;
}

/** A full-size page: a binding gutter, and outer margins well clear of the 6 mm printers cannot reach. */
export const bookMargins: PageMargins = { top: 20, bottom: 20, inner: 22, outer: 16 };

/** A booklet's half-size page: two share a sheet, so its outer margin is a sheet edge or the fold. */
export const bookletMargins: PageMargins = { top: 13, bottom: 14, inner: 13, outer: 11 };

/** The mirrored @page margins. One source for the CSS and for the guard that reads the PDF back. */
export function marginCss(margins: PageMargins): string {
  const { top, bottom, inner, outer } = margins;
  return `@page { margin: ${top}mm ${outer}mm ${bottom}mm ${inner}mm; }
@page :left { margin-left: ${outer}mm; margin-right: ${inner}mm; }
@page :right { margin-left: ${inner}mm; margin-right: ${outer}mm; }
:root { --wb-margin-block-total: ${top + bottom}mm; }`;
}

/** How far from the top and bottom edges (in points) running heads and folios sit. */
export interface MarginBands {
  topPt: number;
  bottomPt: number;
}

const pointsPerMm = 72 / 25.4;

/**
 * Where running heads and folios sit, for reading a page's body text back: heads are set on the
 * margin's bottom edge and folios on its top edge (styles/pages.css), so a band a little smaller
 * than the margin holds them and no body line.
 */
export function marginBands(margins: PageMargins): MarginBands {
  return { topPt: (margins.top - 2) * pointsPerMm, bottomPt: (margins.bottom - 3) * pointsPerMm };
}
