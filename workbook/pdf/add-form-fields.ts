import {
  PDFAcroCheckBox,
  PDFAcroText,
  PDFArray,
  PDFCheckBox,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRef,
  type PDFDocument,
  type PDFField,
  type PDFFont,
  type PDFObject,
  type PDFPage,
  PDFTextField,
} from 'pdf-lib';
import type { FormFieldBox } from '../contracts/form-fields.ts';
import { checkFieldBoxes } from './check-field-boxes.ts';
import { FieldTree } from './field-tree.ts';
import type { FontSetting } from '../fonts/bundled-faces.ts';
import { largePrint } from '../page/large-print.ts';
import { embedFormFont } from './form-font.ts';
import { compareReadingOrder, type PointRect } from './reading-order.ts';
import { ruledTextAppearance, ruledTypeSize } from './ruled-text-appearance.ts';

/** A field as it now is in the PDF: its widget annotation, and where that sits. */
export interface PlacedField {
  box: FormFieldBox;
  /** 0-based index into the document's pages. */
  pageIndex: number;
  /** The widget annotation (the field's one appearance on its page). */
  widget: PDFRef;
  /** The widget's rectangle in points, from the page's lower-left corner. */
  rect: PointRect;
}

const POINTS_PER_PX = 0.75;

/**
 * No border and no background (`/MK` gets neither `/BG` nor `/BC`, the border width is 0): the
 * printed rules show through, and a filled copy prints like the paper one with writing on it.
 * pdf-lib frames a field unless these keys are present and empty, hence the cast.
 */
const UNFRAMED = { borderWidth: 0, backgroundColor: undefined, borderColor: undefined } as unknown as AppearanceOptions;

type AppearanceOptions = NonNullable<Parameters<PDFTextField['addToPage']>[1]>;

/**
 * Turns the measured writing areas into an AcroForm: a multi-line text field, a one-line text
 * field or a check box per box, each with its tooltip (`/TU`) and an appearance stream, set in
 * the edition's face (the book's Literata; in large print Atkinson Hyperlegible Next, never under
 * 18 pt). Run it before `setPageSize`: the boxes were measured from the top of the
 * page Chromium printed, and that page's height is the MediaBox as Chromium wrote it.
 * The widgets of each page are listed in reading order and the page's tab order is set to follow
 * its structure (`/Tabs /S`), where `tagFormFields` places them.
 */
export async function addFormFields(
  doc: PDFDocument,
  fields: readonly FormFieldBox[],
  setting: FontSetting = 'book',
): Promise<PlacedField[]> {
  const pages = doc.getPages();
  const mediaBoxes = pages.map((page) => page.getMediaBox());
  checkFieldBoxes(
    fields,
    mediaBoxes.map((box) => ({ width: box.width / POINTS_PER_PX, height: box.height / POINTS_PER_PX })),
  );
  const font = await embedFormFont(doc, setting);
  const minSize = setting === 'largePrint' ? largePrint.minTypePt : 0;
  const tree = new FieldTree(doc);
  const placed = fields.map((box) => {
    const pageIndex = box.page - 1;
    const page = pages[pageIndex]!;
    const mediaBox = mediaBoxes[pageIndex]!;
    const rect = {
      x: mediaBox.x + box.rect.x * POINTS_PER_PX,
      y: mediaBox.y + mediaBox.height - (box.rect.y + box.rect.height) * POINTS_PER_PX,
      width: box.rect.width * POINTS_PER_PX,
      height: box.rect.height * POINTS_PER_PX,
    };
    const field = addField(doc, tree, page, { font, minSize }, box, rect);
    field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(box.tooltip));
    mergeWidgetIntoField(page, field);
    return { box, pageIndex, widget: field.ref, rect };
  });
  listInReadingOrder(pages, placed);
  return placed;
}

function addField(
  doc: PDFDocument,
  tree: FieldTree,
  page: PDFPage,
  { font, minSize }: { font: PDFFont; minSize: number },
  box: FormFieldBox,
  rect: PointRect,
): PDFField {
  if (box.kind === 'checkbox') {
    // pdf-lib's check mark is a stroked path in the field's colour (black): it prints on any printer.
    const acroCheckBox = PDFAcroCheckBox.create(doc.context);
    tree.file(box.name, acroCheckBox);
    const checkBox = PDFCheckBox.of(acroCheckBox, acroCheckBox.ref, doc);
    checkBox.addToPage(page, { ...UNFRAMED, ...rect });
    // Pressed ("down") looks the same as normal without a background: those streams would be dead weight.
    const appearances = widgetOf(checkBox).lookup(PDFName.of('AP'), PDFDict);
    const down = appearanceStreams(doc, appearances.get(PDFName.of('D')));
    appearances.delete(PDFName.of('D'));
    for (const ref of down) doc.context.delete(ref);
    return checkBox;
  }
  const acroText = PDFAcroText.create(doc.context);
  tree.file(box.name, acroText);
  const textField = PDFTextField.of(acroText, acroText.ref, doc);
  const pitch =
    box.kind === 'multiline' ? (box.linePitch ?? 0) * POINTS_PER_PX || unruledPitch(rect.height, minSize) : undefined;
  const size = Math.max(minSize, pitch ? ruledTypeSize(pitch) : lineTypeSize(rect.height));
  // The size in `/DA` is the one viewers type in; 0 ("fit") would shrink long answers to nothing.
  textField.acroField.setDefaultAppearance(`/${font.name} ${size} Tf 0 g`);
  if (box.kind === 'multiline') textField.enableMultiline();
  textField.addToPage(page, { ...UNFRAMED, ...rect, font });
  if (pitch) {
    const first = appearanceStreams(doc, widgetOf(textField).get(PDFName.of('AP')));
    textField.updateAppearances(font, ruledTextAppearance(pitch, size));
    const kept = new Set(appearanceStreams(doc, widgetOf(textField).get(PDFName.of('AP'))));
    // pdf-lib writes every object it holds, referenced or not: the first appearance would stay in the file.
    for (const ref of first) if (!kept.has(ref)) doc.context.delete(ref);
  }
  return textField;
}

function widgetOf(field: PDFField): PDFDict {
  const [widget] = field.acroField.getWidgets();
  if (!widget) throw new Error(`pdf-lib gave field "${field.getName()}" no widget`);
  return widget.dict;
}

/** The appearance streams under an `/AP` entry: a stream, or a dictionary of states, at any depth. */
function appearanceStreams(doc: PDFDocument, entry: PDFObject | undefined): PDFRef[] {
  if (entry instanceof PDFRef) {
    const target = doc.context.lookup(entry);
    return target instanceof PDFDict ? [entry, ...appearanceStreams(doc, target)] : [entry];
  }
  if (entry instanceof PDFDict) return entry.values().flatMap((value) => appearanceStreams(doc, value));
  return [];
}

/**
 * Makes the field its own widget (one dictionary, as PDF 32000 §12.7.3.1 allows for a field with
 * one widget). pdf-lib writes the widget as a separate kid; pdf.js, and so Firefox's viewer and
 * its screen-reader output, read `/TU` from the widget dictionary only, and the structure tree's
 * object reference then names the field itself.
 */
function mergeWidgetIntoField(page: PDFPage, field: PDFField): void {
  const { dict } = field.acroField;
  const kids = dict.lookup(PDFName.of('Kids'), PDFArray);
  const widgetRef = kids.get(0);
  if (kids.size() !== 1 || !(widgetRef instanceof PDFRef))
    throw new Error(`field "${field.getName()}" has no single widget`);
  for (const [key, value] of page.doc.context.lookup(widgetRef, PDFDict).entries()) {
    if (key !== PDFName.of('Parent')) dict.set(key, value);
  }
  dict.delete(PDFName.of('Kids'));
  const annots = page.node.Annots();
  const index = annots?.indexOf(widgetRef);
  if (annots && index !== undefined && index >= 0) annots.set(index, field.ref);
  page.doc.context.delete(widgetRef);
}

/**
 * Lines for multi-line space with no ruling (a tall table cell): at least two, about 16 pt apart
 * (9–10 pt type), set by the same appearance as ruled space, so the last line's descenders stay
 * inside the cell. pdf-lib's own layout, at 1.78 × the size per line, would clip the second line.
 */
function unruledPitch(height: number, minSize: number): number {
  // In large print, lines at least 1⅓ × its 18 pt apart, so descenders clear the next line.
  const least = Math.max(16, (minSize * 4) / 3);
  return height / Math.max(2, Math.floor(height / least));
}

/** A one-line field's type size: 60% of its height (a name line or a table row), 7–12 pt. */
function lineTypeSize(height: number): number {
  return Math.round(Math.min(12, Math.max(7, height * 0.6)) * 4) / 4;
}

/**
 * Lists each page's widgets after its other annotations (Chromium's links), top to bottom and left
 * to right, for viewers that follow `/Annots`; `/Tabs /S` makes the rest follow the structure tree.
 */
function listInReadingOrder(pages: readonly PDFPage[], placed: readonly PlacedField[]): void {
  const byPage = Map.groupBy(placed, (field) => field.pageIndex);
  for (const [pageIndex, onPage] of byPage) {
    const page = pages[pageIndex]!;
    const widgets = new Set(onPage.map((field) => field.widget));
    const annots = page.node.Annots()?.asArray() ?? [];
    const others = annots.filter((annot) => !(annot instanceof PDFRef && widgets.has(annot)));
    const ordered = onPage.toSorted((a, b) => compareReadingOrder(a.rect, b.rect)).map((field) => field.widget);
    page.node.set(PDFName.of('Annots'), page.doc.context.obj([...others, ...ordered]));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
  }
}
