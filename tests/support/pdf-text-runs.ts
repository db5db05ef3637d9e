import { PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';

/** One run of text as pdf.js reads it from a page: its words, its size and slant, where it sits. */
export interface TextRun {
  page: number;
  text: string;
  /** Points: the text matrix × the font size × the page's transformation, along the glyphs' height. */
  size: number;
  /** The run's shear: 0 for upright type, not 0 for a slanted (synthetic italic) one. */
  shear: number;
  /** The baseline's height from the page's foot, in points. */
  y: number;
}

/** Every run of visible text on every page, in the order the page draws it. */
export async function readTextRuns(bytes: Uint8Array): Promise<TextRun[]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const runs: TextRun[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, , f] = item.transform as number[];
        const size = Math.hypot(c ?? 0, d ?? 0);
        runs.push({
          page: number,
          text: item.str,
          size,
          // The angle between the glyphs' vertical and the baseline's normal, as a ratio.
          shear:
            size === 0 ? 0 : Math.abs((a ?? 0) * (c ?? 0) + (b ?? 0) * (d ?? 0)) / (Math.hypot(a ?? 0, b ?? 0) * size),
          y: f ?? 0,
        });
      }
    }
    return runs;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Each page's lines of text, top to bottom: runs that share a baseline, joined. */
export function linesOf(runs: readonly TextRun[]): { page: number; text: string }[] {
  const lines: { page: number; y: number; text: string }[] = [];
  for (const run of runs) {
    const last = lines.at(-1);
    if (last && last.page === run.page && Math.abs(last.y - run.y) < 1) last.text += run.text;
    else lines.push({ page: run.page, y: run.y, text: run.text });
  }
  return lines.map(({ page, text }) => ({ page, text: text.trim() }));
}

/**
 * The fonts a PDF embeds that are italic: by name, by the descriptor's italic flag (bit 7) or by a
 * slanted italic angle.
 */
export function italicFonts(doc: PDFDocument): string[] {
  const italic = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const name = object.get(PDFName.of('FontName'))?.toString() ?? '?';
    const flags = object.lookupMaybe(PDFName.of('Flags'), PDFNumber)?.asNumber() ?? 0;
    const angle = object.lookupMaybe(PDFName.of('ItalicAngle'), PDFNumber)?.asNumber() ?? 0;
    if (/italic|oblique/i.test(name) || (flags & 64) !== 0 || angle !== 0) italic.add(name);
  }
  return [...italic].sort();
}
