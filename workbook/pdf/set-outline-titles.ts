import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

/**
 * Renames bookmarks: every outline item whose title is a key of `titles` gets its value
 * (outline-title-fixes.ts). Items are visited through /First and /Next, children included.
 */
export function setOutlineTitles(doc: PDFDocument, titles: ReadonlyMap<string, string>): void {
  if (titles.size === 0) return;
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const visit = (item: PDFDict | undefined): void => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = current.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
      const renamed = title === undefined ? undefined : titles.get(title);
      if (renamed !== undefined) current.set(PDFName.of('Title'), PDFHexString.fromText(renamed));
      visit(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}
