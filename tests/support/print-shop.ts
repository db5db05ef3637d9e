import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';

type Box = [number, number, number, number];

const round = (n: number) => Math.round(n * 100) / 100;

function box(page: PDFPage, read: 'getTrimBox' | 'getBleedBox' | 'getMediaBox'): Box {
  const { x, y, width, height } = page[read]();
  return [round(x), round(y), round(x + width), round(y + height)];
}

/** The line segments (`m` then `l`) drawn by the page's last content stream: where the crop marks are. */
function lastStreamSegments(page: PDFPage): [number, number, number, number][] {
  const contents = page.node.Contents();
  const last = contents instanceof PDFArray ? contents.lookup(contents.size() - 1) : contents;
  if (!(last instanceof PDFRawStream)) return [];
  const text = new TextDecoder().decode(decodePDFRawStream(last).decode());
  const segments: [number, number, number, number][] = [];
  for (const match of text.matchAll(/(-?[\d.]+) (-?[\d.]+) m\s+(-?[\d.]+) (-?[\d.]+) l/g)) {
    segments.push([Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])]);
  }
  return segments;
}

/** Whether a segment lies wholly on one side of `area`: never over it. */
function outside([ax, ay, bx, by]: [number, number, number, number], [x0, y0, x1, y1]: Box): boolean {
  return (ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1);
}

/**
 * What a print shop would find wrong with a PDF whose finished page is `trim` points and whose
 * bleed is `bleedMm`: on every page the TrimBox is the finished page exactly, the BleedBox is the
 * trim plus the bleed on every side, the MediaBox holds both, and there are eight crop marks,
 * all outside the bleed and inside the sheet. Empty means none.
 */
export function printShopProblems(
  doc: PDFDocument,
  trim: { width: number; height: number },
  bleedMm: number,
): string[] {
  const bleed = (bleedMm / 25.4) * 72;
  const expectedTrim: Box = [0, 0, round(trim.width), round(trim.height)];
  const expectedBleed: Box = [round(-bleed), round(-bleed), round(trim.width + bleed), round(trim.height + bleed)];
  return doc.getPages().flatMap((page, index) => {
    const at = `page ${index + 1}`;
    const problems: string[] = [];
    const [trimBox, bleedBox, media] = [box(page, 'getTrimBox'), box(page, 'getBleedBox'), box(page, 'getMediaBox')];
    if (JSON.stringify(trimBox) !== JSON.stringify(expectedTrim)) problems.push(`${at}: TrimBox ${trimBox.join(' ')}`);
    if (JSON.stringify(bleedBox) !== JSON.stringify(expectedBleed))
      problems.push(`${at}: BleedBox ${bleedBox.join(' ')}`);
    if (!(media[0] < bleedBox[0] && media[1] < bleedBox[1] && media[2] > bleedBox[2] && media[3] > bleedBox[3]))
      problems.push(`${at}: MediaBox ${media.join(' ')} does not leave room outside the bleed`);
    const marks = lastStreamSegments(page);
    if (marks.length !== 8) problems.push(`${at}: ${marks.length} crop marks`);
    for (const mark of marks) {
      if (!outside(mark, bleedBox)) problems.push(`${at}: crop mark ${mark.join(' ')} inside the bleed`);
      if (outside(mark, media)) problems.push(`${at}: crop mark ${mark.join(' ')} off the sheet`);
    }
    return problems;
  });
}

/** Fonts a page uses that the PDF does not carry (no FontFile in their descriptor). */
export function unembeddedFonts(doc: PDFDocument): string[] {
  const missing = new Set<string>();
  for (const page of doc.getPages()) {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const described = descendants ? descendants.lookup(0, PDFDict) : font;
      const descriptor = described.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)));
      if (!embedded) missing.add(String(font.get(PDFName.of('BaseFont'))));
    }
  }
  return [...missing];
}
