import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A Figure of a tagged PDF's structure tree: its alternative text and the page it is on (1-based, 0 unknown). */
export interface PdfFigure {
  alt: string | undefined;
  page: number;
}

/** Every /Figure in the structure tree, in reading order, with its /Alt: what a screen reader announces for an image. */
export function structureFigures(doc: PDFDocument): PdfFigure[] {
  const pageRefs = doc.getPages().map((page) => page.ref);
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const figures: PdfFigure[] = [];
  const walk = (object: PDFObject | undefined, inheritedPage: number) => {
    const element = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (element instanceof PDFArray) {
      for (const kid of element.asArray()) walk(kid, inheritedPage);
      return;
    }
    if (!(element instanceof PDFDict)) return;
    const pageRef = element.get(PDFName.of('Pg'));
    const page = pageRef instanceof PDFRef ? pageRefs.indexOf(pageRef) + 1 : inheritedPage;
    if (element.get(PDFName.of('S')) === PDFName.of('Figure')) {
      const alt = element.get(PDFName.of('Alt'));
      figures.push({
        alt: alt instanceof PDFString || alt instanceof PDFHexString ? alt.decodeText() : undefined,
        page,
      });
    }
    walk(element.get(PDFName.of('K')), page);
  };
  walk(root?.get(PDFName.of('K')), 0);
  return figures;
}
