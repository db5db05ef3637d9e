import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import { setStrings } from '../../src/lib/set-strings.ts';

/** Each book's first and last page in a set, read from its front sheet's text ("pages 3–44"). */
export function rangesOnFrontSheet(front: string): [number, number][] {
  return setStrings.parts.map((part) => {
    const match = new RegExp(`${part.title}, [^:]*: pages (\\d+)–(\\d+)`).exec(front);
    if (!match) throw new Error(`the front sheet does not list “${part.title}” with its pages: ${front}`);
    return [Number(match[1]), Number(match[2])];
  });
}

/** Every link of the PDF: the page it is on and the page its named destination lands on (1-based). */
export function namedLinks(doc: PDFDocument): { from: number; name: string; to: number }[] {
  const dests = doc.catalog.lookup(PDFName.of('Dests'), PDFDict);
  const pages = doc.getPages();
  return pages.flatMap((page, index) =>
    (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).flatMap((annotation) => {
      const dest = doc.context.lookup(annotation, PDFDict).get(PDFName.of('Dest'));
      if (!(dest instanceof PDFName)) return [];
      const target = dests.lookupMaybe(PDFName.of(dest.decodeText()), PDFArray)?.get(0);
      return [{ from: index + 1, name: dest.decodeText(), to: pages.findIndex((other) => other.ref === target) + 1 }];
    }),
  );
}
