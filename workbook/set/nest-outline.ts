import { PDFDict, PDFName, PDFNumber, PDFRef, PDFHexString, type PDFDocument } from 'pdf-lib';

/**
 * Gathers a part's bookmarks under one bookmark titled as the set's front sheet names the part,
 * opening its first page: the set's outline reads as its contents do, one entry per part, with
 * the part's own chapters under it. A part without bookmarks gets the one entry.
 */
export function nestOutline(doc: PDFDocument, title: string): void {
  const { context, catalog } = doc;
  const first = doc.getPage(0);
  const outlinesRef = catalog.get(PDFName.of('Outlines'));
  const outlines =
    outlinesRef instanceof PDFRef ? context.lookup(outlinesRef, PDFDict) : context.obj({ Type: 'Outlines' });
  const rootRef = outlinesRef instanceof PDFRef ? outlinesRef : context.register(outlines);
  catalog.set(PDFName.of('Outlines'), rootRef);

  const item = context.obj({
    Title: PDFHexString.fromText(title),
    Parent: rootRef,
    Dest: [first.ref, 'Fit'],
  });
  const itemRef = context.register(item);
  const childFirst = outlines.get(PDFName.of('First'));
  const childLast = outlines.get(PDFName.of('Last'));
  let children = 0;
  if (childFirst instanceof PDFRef && childLast instanceof PDFRef) {
    let top = childFirst as PDFRef | undefined;
    while (top) {
      const child = context.lookup(top, PDFDict);
      child.set(PDFName.of('Parent'), itemRef);
      const next = child.get(PDFName.of('Next'));
      top = next instanceof PDFRef ? next : undefined;
    }
    item.set(PDFName.of('First'), childFirst);
    item.set(PDFName.of('Last'), childLast);
    // /Count is the bookmarks visible under an open one: each child, and what an open child shows.
    children = visibleUnder(outlines);
    // Open: a reader sees the part's chapters as soon as they open the bookmarks.
    item.set(PDFName.of('Count'), PDFNumber.of(children));
  }
  outlines.set(PDFName.of('First'), itemRef);
  outlines.set(PDFName.of('Last'), itemRef);
  outlines.set(PDFName.of('Count'), PDFNumber.of(children + 1));
}

function visibleUnder(parent: PDFDict): number {
  const count = parent.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber();
  return Math.abs(count ?? 0);
}
