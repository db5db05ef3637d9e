import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { withOpenPdf } from '../pdf/open-pdf.ts';
import type { OptionPicture } from '../../src/lib/option-pictures.ts';
import { normaliseWhitespace } from '../pdf/read-pdf-text.ts';

/**
 * The 1-based page a picture shows, in `pdf`: the page named, the first whose text holds the
 * words given, or the one with the most form fields. A page that is not there stops the build
 * with one line naming the picture, so a picture never quietly shows the wrong page.
 */
export async function findPicturePage(picture: OptionPicture, pdf: Uint8Array): Promise<number> {
  const { page } = picture;
  const { found, pageCount } = page === 'most-form-fields' ? await pageWithMostFields(pdf) : await pageIn(pdf, page);
  if (found < 1 || found > pageCount)
    throw new Error(
      `src/lib/option-pictures.ts, picture "${picture.id}": no page of its PDF (${pageCount} pages) is ${describe(page)}; name a page it has.`,
    );
  return found;
}

/** The page named, or the first page whose text holds the words (read only as far as that page). */
async function pageIn(
  pdf: Uint8Array,
  page: number | { containing: string },
): Promise<{ found: number; pageCount: number }> {
  return withOpenPdf(pdf, async (doc) => {
    if (typeof page === 'number') return { found: page, pageCount: doc.numPages };
    for (let number = 1; number <= doc.numPages; number += 1) {
      const { items } = await (await doc.getPage(number)).getTextContent();
      const text = normaliseWhitespace(
        items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ' ')).join(''),
      );
      if (text.includes(page.containing)) return { found: number, pageCount: doc.numPages };
    }
    return { found: 0, pageCount: doc.numPages };
  });
}

/** The page with the most form fields (the first of equals); 0 when there is none. */
async function pageWithMostFields(pdf: Uint8Array): Promise<{ found: number; pageCount: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const counts = doc
    .getPages()
    .map(
      (page) =>
        (page.node.Annots()?.asArray() ?? []).filter(
          (annotation) =>
            doc.context.lookupMaybe(annotation, PDFDict)?.get(PDFName.of('Subtype')) === PDFName.of('Widget'),
        ).length,
    );
  const most = Math.max(0, ...counts);
  return { found: most === 0 ? 0 : counts.indexOf(most) + 1, pageCount: counts.length };
}

function describe(page: OptionPicture['page']): string {
  if (typeof page === 'number') return `page ${page}`;
  if (page === 'most-form-fields') return 'a page with a form field';
  return `a page with the words “${page.containing}”`;
}
