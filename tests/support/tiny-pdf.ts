import { PDFDocument, PDFName, PDFNumber, PDFString, StandardFonts, type PDFRef } from 'pdf-lib';

export interface TinyBookmark {
  title: string;
  /** 1-based page the bookmark opens. */
  page: number;
}

export interface TinyPage {
  text: string;
  width?: number;
  height?: number;
}

/** A small PDF made in the test, with text on each page and optionally one bookmark per page. */
export async function tinyPdf(
  pages: readonly TinyPage[],
  options: { bookmarks?: readonly TinyBookmark[] } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pageRefs: PDFRef[] = [];
  for (const { text, width = 396, height = 612 } of pages) {
    const page = doc.addPage([width, height]);
    page.drawText(text, { x: 36, y: height - 72, size: 12, font });
    pageRefs.push(page.ref);
  }
  if (options.bookmarks) addFlatOutline(doc, options.bookmarks, pageRefs);
  return doc.save({ useObjectStreams: false });
}

function addFlatOutline(doc: PDFDocument, bookmarks: readonly TinyBookmark[], pageRefs: readonly PDFRef[]): void {
  const outlineRef = doc.context.nextRef();
  const items = bookmarks.map((bookmark) => ({ bookmark, ref: doc.context.nextRef() }));
  items.forEach(({ bookmark, ref }, index) => {
    const pageRef = pageRefs[bookmark.page - 1];
    if (!pageRef) throw new Error(`Bookmark "${bookmark.title}" points at missing page ${bookmark.page}.`);
    const item = doc.context.obj({
      Title: PDFString.of(bookmark.title),
      Parent: outlineRef,
      Dest: [pageRef, 'XYZ', null, null, null],
    });
    const previous = items[index - 1];
    const next = items[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous.ref);
    if (next) item.set(PDFName.of('Next'), next.ref);
    doc.context.assign(ref, item);
  });
  const outline = doc.context.obj({ Type: 'Outlines', Count: PDFNumber.of(items.length) });
  const first = items[0];
  const last = items[items.length - 1];
  if (first && last) {
    outline.set(PDFName.of('First'), first.ref);
    outline.set(PDFName.of('Last'), last.ref);
  }
  doc.context.assign(outlineRef, outline);
  doc.catalog.set(PDFName.of('Outlines'), outlineRef);
}
