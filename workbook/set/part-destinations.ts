import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * The set holds the same chapters three times, and each part names its anchors the same way
 * (a chapter's id, a prompt's id): joined as they are, a link in one copy would land in
 * whichever part was joined last. So every named destination of a part, and every link and
 * bookmark that goes to one, gets the part's own prefix first; each link then lands in its own part.
 */
export function prefixDestinations(doc: PDFDocument, prefix: string): void {
  const catalog = doc.catalog;
  if (catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.has(PDFName.of('Dests')))
    throw new Error('prefixDestinations: destinations in a /Names tree are not supported (Chromium writes /Dests)');
  const dests = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (dests) {
    const renamed = doc.context.obj({});
    for (const [name, destination] of dests.entries()) renamed.set(PDFName.of(prefix + name.decodeText()), destination);
    catalog.set(PDFName.of('Dests'), doc.context.register(renamed));
  }
  for (const page of doc.getPages()) {
    for (const annotation of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const dict = doc.context.lookup(annotation);
      if (dict instanceof PDFDict) prefixTarget(dict, prefix);
    }
  }
  const outlines = catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines) forEachBookmark(doc, outlines, (item) => prefixTarget(item, prefix));
}

/** A link's or a bookmark's destination, by name directly (/Dest) or through a GoTo action (/A /D). */
function prefixTarget(dict: PDFDict, prefix: string): void {
  const renamed = (value: PDFObject | undefined) => {
    if (value instanceof PDFName) return PDFName.of(prefix + value.decodeText());
    if (value instanceof PDFString || value instanceof PDFHexString) return PDFString.of(prefix + value.decodeText());
    return undefined;
  };
  const dest = renamed(dict.get(PDFName.of('Dest')));
  if (dest) dict.set(PDFName.of('Dest'), dest);
  const action = dict.lookupMaybe(PDFName.of('A'), PDFDict);
  if (action?.get(PDFName.of('S')) === PDFName.of('GoTo')) {
    const target = renamed(action.get(PDFName.of('D')));
    if (target) action.set(PDFName.of('D'), target);
  }
}

/** Every bookmark under `parent`, depth first. */
export function forEachBookmark(doc: PDFDocument, parent: PDFDict, visit: (item: PDFDict) => void): void {
  let ref = parent.get(PDFName.of('First'));
  const seen = new Set<PDFObject>();
  while (ref instanceof PDFRef && !seen.has(ref)) {
    seen.add(ref);
    const item = doc.context.lookup(ref, PDFDict);
    visit(item);
    forEachBookmark(doc, item, visit);
    ref = item.get(PDFName.of('Next'));
  }
}

/** Every named destination the document's links and bookmarks go to. */
export function targetNames(doc: PDFDocument): string[] {
  const names: string[] = [];
  const collect = (dict: PDFDict) => {
    for (const value of [
      dict.get(PDFName.of('Dest')),
      dict.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('D')),
    ])
      if (value instanceof PDFName || value instanceof PDFString || value instanceof PDFHexString)
        names.push(value.decodeText());
  };
  for (const page of doc.getPages())
    for (const annotation of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const dict = doc.context.lookup(annotation);
      if (dict instanceof PDFDict) collect(dict);
    }
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (outlines) forEachBookmark(doc, outlines, collect);
  return names;
}
