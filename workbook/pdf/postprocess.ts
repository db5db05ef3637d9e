import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { FontSetting } from '../fonts/bundled-faces.ts';
import { addFormFields } from './add-form-fields.ts';
import { loadPdf } from './load-pdf.ts';
import { readMarkedText } from './read-marked-text.ts';
import { savePdf } from './save-pdf.ts';
import { setDates } from './set-dates.ts';
import { setDocumentId } from './set-document-id.ts';
import { setInfo, type DocumentInfo } from './set-info.ts';
import { setLanguage } from './set-language.ts';
import { setOutlineTitles } from './set-outline-titles.ts';
import { setPageSize, type PaperPoints } from './set-page-size.ts';
import { setViewerPreferences } from './set-viewer-preferences.ts';
import { setPrintShopBoxes } from './set-print-shop-boxes.ts';
import { tagFormFields } from './tag-form-fields.ts';

export interface PdfMeta extends DocumentInfo {
  /** BCP 47 tag for catalog `/Lang`. */
  language: string;
  /** Build date (see build-date.ts) for creation and modification dates. */
  date: Date;
  /** The paper every page is set to exactly (see set-page-size.ts); left as it is when absent. */
  pageSize?: PaperPoints;
  /** Bookmark titles to set, glued title → heading (outline-title-fixes.ts). */
  outlineTitles?: ReadonlyMap<string, string>;
  /** For a print shop: bleed (millimetres) and crop marks around the `pageSize`, which becomes the TrimBox (set-print-shop-boxes.ts). */
  printShop?: { bleedMm: number };
  /** The writing areas of a fillable edition, measured in the same render: they become the PDF's form. */
  fields?: readonly FormFieldBox[];
  /** The stack the pages are set in, for the form's face and smallest size (form-font.ts). */
  fontSetting?: FontSetting;
}

/**
 * Finishes Chromium's PDF: metadata, language, dates, viewer preferences and a stable ID.
 * Chromium's tagged structure and outline are carried over (pdf-lib rewrites every
 * object it loaded), the outline's glued titles renamed. With `meta.fields`, adds the form (add-form-fields.ts). Same input bytes and
 * meta give the same output bytes.
 */
export async function postprocessPdf(bytes: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  const doc = await loadPdf(bytes);
  setInfo(doc, meta);
  setLanguage(doc, meta.language);
  setDates(doc, meta.date);
  setViewerPreferences(doc);
  setOutlineTitles(doc, meta.outlineTitles ?? new Map());
  // Before setPageSize: the boxes are measured from the top of the page Chromium printed.
  if (meta.fields) {
    const placed = await addFormFields(doc, meta.fields, meta.fontSetting);
    tagFormFields(doc, placed, await readMarkedText(bytes, new Set(placed.map((field) => field.pageIndex))));
  }
  if (meta.pageSize) setPageSize(doc, meta.pageSize);
  if (meta.pageSize && meta.printShop) setPrintShopBoxes(doc, meta.pageSize, meta.printShop.bleedMm);
  // Hash everything but an ID (an incoming random one would make the hash random), then write
  // ours; its length is fixed, so no offset moves between the two saves.
  delete doc.context.trailerInfo.ID;
  setDocumentId(doc, await savePdf(doc));
  return savePdf(doc);
}
