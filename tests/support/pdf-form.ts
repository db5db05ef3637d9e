import { PDFCheckBox, PDFDocument, PDFTextField } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';

/** One form field as pdf.js (Firefox's viewer) reads it from a widget annotation. */
export interface ReadField {
  name: string;
  type: 'text' | 'checkbox' | 'other';
  multiline: boolean;
  /** `/TU`, what a screen reader says. */
  tooltip: string;
  /** 1-based page. */
  page: number;
  /** [x1, y1, x2, y2] in points from the page's lower-left corner. */
  rect: [number, number, number, number];
  hasAppearance: boolean;
  /** The field's value: text, or true/false for a check box. */
  value: string | boolean;
}

/** A run of printed text on a page: its box in points, from the baseline up to the font's size. */
export interface PrintedText {
  page: number;
  text: string;
  box: [number, number, number, number];
}

interface PdfJsAnnotation {
  subtype: string;
  fieldType?: string;
  fieldName?: string;
  fieldValue?: unknown;
  alternativeText?: string;
  multiLine?: boolean;
  checkBox?: boolean;
  hasAppearance?: boolean;
  exportValue?: string;
  rect: [number, number, number, number];
}

/** Every widget of every page, as pdf.js lists them, with each page's size and printed text. */
export async function readForm(
  bytes: Uint8Array,
): Promise<{ fields: ReadField[]; texts: PrintedText[]; pages: { width: number; height: number }[] }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const fields: ReadField[] = [];
    const texts: PrintedText[] = [];
    const pages: { width: number; height: number }[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pages.push({ width: x1 - x0, height: y1 - y0 });
      for (const annotation of (await page.getAnnotations()) as PdfJsAnnotation[]) {
        if (annotation.subtype !== 'Widget') continue;
        const checkbox = annotation.fieldType === 'Btn' && annotation.checkBox === true;
        fields.push({
          name: annotation.fieldName ?? '',
          type: annotation.fieldType === 'Tx' ? 'text' : checkbox ? 'checkbox' : 'other',
          multiline: annotation.multiLine === true,
          tooltip: annotation.alternativeText ?? '',
          page: number,
          rect: annotation.rect,
          hasAppearance: annotation.hasAppearance === true,
          value: checkbox
            ? annotation.fieldValue !== undefined && annotation.fieldValue === annotation.exportValue
            : typeof annotation.fieldValue === 'string'
              ? annotation.fieldValue
              : '',
        });
      }
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        texts.push({ page: number, text: item.str, box: [x, y, x + item.width, y + item.height] });
      }
    }
    return { fields, texts, pages };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * Where a field may not be: off its page, or over printed text. A text box is taken from its
 * baseline to 70% of its size (the x-height and capitals, not the line's leading or the
 * descenders that may graze the field's top edge), less half a point at each side.
 */
export function placementProblems(form: Awaited<ReturnType<typeof readForm>>): string[] {
  const problems: string[] = [];
  for (const field of form.fields) {
    const page = form.pages[field.page - 1];
    const [x1, y1, x2, y2] = field.rect;
    const EDGE = 0.01;
    if (!page || x1 < -EDGE || y1 < -EDGE || x2 > page.width + EDGE || y2 > page.height + EDGE)
      problems.push(`${field.name} (page ${field.page}) is not inside its page: [${field.rect.join(', ')}]`);
    for (const text of form.texts) {
      if (text.page !== field.page) continue;
      const [tx1, ty1, tx2, ty2] = text.box;
      const top = ty1 + (ty2 - ty1) * 0.7;
      if (tx1 + 0.5 < x2 && tx2 - 0.5 > x1 && ty1 < y2 && top > y1)
        problems.push(`${field.name} (page ${field.page}) covers printed text "${text.text}"`);
    }
  }
  return problems;
}

/** What a reader might type: each text field gets a sentence naming it, each check box is ticked. */
export function answerFor(field: { name: string; type: string }): string | boolean {
  return field.type === 'checkbox' ? true : `Answer to ${field.name}`;
}

/**
 * Fills every field through pdf-lib as a reader's viewer would (values and fresh appearances),
 * and saves; what comes back is a filled copy to re-open elsewhere.
 */
export async function fillEveryField(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  for (const field of doc.getForm().getFields()) {
    if (field instanceof PDFTextField) field.setText(String(answerFor({ name: field.getName(), type: 'text' })));
    else if (field instanceof PDFCheckBox) field.check();
  }
  return doc.save();
}
