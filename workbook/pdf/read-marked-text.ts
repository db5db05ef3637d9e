import { withOpenPdf } from './open-pdf.ts';

/** A run of text on a page and the marked content (`/MCID`) that holds it. */
export interface MarkedText {
  /** The marked-content id: the index into the page's parent-tree entry. */
  mcid: number;
  text: string;
  /** Left edge and baseline, in points from the page's lower-left corner. */
  x: number;
  baseline: number;
  width: number;
  /** The font size, in points. */
  size: number;
}

/** pdf.js names marked content `<page object id>_mc<MCID>`; content without an MCID has no id. */
function markedContentId(id: string | undefined): number | undefined {
  const match = id === undefined ? null : /_mc(\d+)$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/**
 * The tagged text of the given pages (0-based indexes; all by default), with positions, as pdf.js reads it:
 * where each part of the structure tree's content sits, so a field can be placed in the tree
 * after the text a reader meets just before it. Text outside marked content with an id
 * (artifacts: running heads, folios) is left out, as the structure tree leaves it out.
 */
export async function readMarkedText(
  bytes: Uint8Array,
  pageIndexes?: Iterable<number>,
): Promise<Map<number, MarkedText[]>> {
  return withOpenPdf(bytes, async (pdf) => {
    const byPage = new Map<number, MarkedText[]>();
    for (const pageIndex of pageIndexes ?? Array.from({ length: pdf.numPages }, (_, index) => index)) {
      const page = await pdf.getPage(pageIndex + 1);
      const texts: MarkedText[] = [];
      const open: (number | undefined)[] = [];
      for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
        if ('type' in item) {
          if (item.type === 'endMarkedContent') open.pop();
          else open.push(markedContentId(item.id));
          continue;
        }
        const mcid = open.findLast((id) => id !== undefined);
        if (mcid === undefined || item.str.trim() === '') continue;
        const [size = 0, , , , x = 0, baseline = 0] = item.transform as number[];
        texts.push({ mcid, text: item.str, x, baseline, width: item.width, size: Math.abs(size) || item.height });
      }
      byPage.set(pageIndex, texts);
    }
    return byPage;
  });
}
