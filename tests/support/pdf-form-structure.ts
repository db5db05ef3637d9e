import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';
import type { MarkedText } from '../../workbook/pdf/read-marked-text.ts';

/** One widget's place in the structure tree. */
export interface FieldInTree {
  name: string;
  page: number;
  rect: [number, number, number, number];
  checkbox: boolean;
  /** The structure type of the element holding its Form element, e.g. "P", "LI". */
  parentType: string;
  /** The marked content a screen reader reads just before the field (tree order), if any. */
  before?: { page: number; mcid: number };
}

/**
 * Walks the structure tree as assistive technology does and checks every widget both ways: down
 * from a `Form` element through its `/OBJR`, and up through the widget's `/StructParent` and the
 * parent tree (read whether it is one `/Nums` array or split into `/Kids`). Returns the problems
 * and, per widget, the content read just before it.
 */
export function formStructure(doc: PDFDocument): { problems: string[]; fields: FieldInTree[] } {
  const problems: string[] = [];
  const pageNumber = new Map(doc.getPages().map((page, index) => [page.ref, index + 1]));
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return { problems: ['the PDF has no structure tree'], fields: [] };

  /** Widget → the Form element (ref) that reaches it, and the content read just before it. */
  const reached = new Map<PDFRef, { form: PDFRef; before?: { page: number; mcid: number } }>();
  let lastContent: { page: number; mcid: number } | undefined;
  const walk = (object: PDFObject | undefined, owner: PDFRef | undefined, page: PDFObject | undefined) => {
    if (object instanceof PDFNumber) {
      const number = page instanceof PDFRef ? pageNumber.get(page) : undefined;
      if (number) lastContent = { page: number, mcid: object.asNumber() };
      return;
    }
    const ref = object instanceof PDFRef ? object : undefined;
    const dict = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (dict instanceof PDFArray) return dict.asArray().forEach((kid) => walk(kid, owner, page));
    if (!(dict instanceof PDFDict)) return;
    const type = dict.lookupMaybe(PDFName.of('Type'), PDFName)?.decodeText();
    const onPage = dict.get(PDFName.of('Pg')) ?? page;
    if (type === 'MCR') return walk(dict.get(PDFName.of('MCID')), owner, onPage);
    if (type === 'OBJR') {
      const widget = dict.get(PDFName.of('Obj'));
      if (widget instanceof PDFRef && owner) {
        if (reached.has(widget)) problems.push(`a widget (${widget.toString()}) is in the tree twice`);
        reached.set(widget, { form: owner, ...(lastContent ? { before: lastContent } : {}) });
      }
      return;
    }
    walk(dict.get(PDFName.of('K')), ref ?? owner, onPage);
  };
  walk(root.get(PDFName.of('K')), undefined, undefined);

  const parentTree = new Map<number, PDFObject>();
  const readTree = (node: PDFDict | undefined) => {
    const nums = node?.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index + 1 < nums.size(); index += 2)
      parentTree.set(nums.lookup(index, PDFNumber).asNumber(), nums.get(index + 1));
    for (const kid of node?.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? [])
      readTree(doc.context.lookup(kid, PDFDict));
  };
  readTree(root.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
  const nextKey = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
  if ([...parentTree.keys()].some((key) => key >= nextKey)) problems.push('/ParentTreeNextKey is not past every key');

  const fields: FieldInTree[] = [];
  for (const page of doc.getPages()) {
    const number = pageNumber.get(page.ref) ?? 0;
    for (const annotRef of page.node.Annots()?.asArray() ?? []) {
      const widget = doc.context.lookup(annotRef);
      if (!(annotRef instanceof PDFRef) || !(widget instanceof PDFDict)) continue;
      if (widget.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() !== 'Widget') continue;
      const name = fullName(widget);
      const found = reached.get(annotRef);
      const form = found && doc.context.lookup(found.form, PDFDict);
      if (!found || form?.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() !== 'Form') {
        problems.push(`${name} (page ${number}): no Form element reaches it through an OBJR`);
        continue;
      }
      const objr = [form.lookup(PDFName.of('K'))].flatMap((kid) => (kid instanceof PDFArray ? kid.asArray() : [kid]));
      const pages = objr.map((kid) => (kid instanceof PDFDict ? kid.get(PDFName.of('Pg')) : undefined));
      if (!pages.includes(page.ref)) problems.push(`${name} (page ${number}): its OBJR does not name its page`);
      const key = widget.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber();
      if (key === undefined) problems.push(`${name} (page ${number}): no /StructParent`);
      else if (parentTree.get(key) !== found.form)
        problems.push(`${name} (page ${number}): the parent tree does not lead back to its Form element`);
      const rect = widget
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((value) => (value as PDFNumber).asNumber());
      fields.push({
        name,
        page: number,
        rect: rect as [number, number, number, number],
        checkbox: widget.lookupMaybe(PDFName.of('FT'), PDFName)?.decodeText() === 'Btn',
        parentType:
          form.lookupMaybe(PDFName.of('P'), PDFDict)?.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText() ?? '',
        ...(found.before ? { before: found.before } : {}),
      });
    }
  }
  return { problems, fields };
}

/**
 * Fields a screen reader would not reach right after their prompt: the text read just before
 * the field is below it, or on another page while the field's page has text above it, or other
 * text on the page lies between that text and the field.
 */
export function misplacedInReadingOrder(
  fields: readonly FieldInTree[],
  textByPage: ReadonlyMap<number, readonly MarkedText[]>,
): string[] {
  const misplaced: string[] = [];
  for (const field of fields) {
    const [, bottom, , top] = field.rect;
    const onPage = textByPage.get(field.page - 1) ?? [];
    const before = field.before && readText(textByPage, field.before);
    const above = onPage.filter((text) => text.baseline > top + 1);
    if (!before || field.before?.page !== field.page) {
      if (above.length > 0)
        misplaced.push(`${field.name}: read after text on another page, though its page has text above it`);
      continue;
    }
    const onRow = before.rows.some((baseline) => baseline >= bottom - 1 && baseline <= top + 1);
    if (!onRow && before.baseline <= top + 1)
      misplaced.push(`${field.name}: read after "${before.text}", which is below it`);
    const between = onPage.find(
      (text) => text.mcid !== before.mcid && text.baseline < before.baseline - 1 && text.baseline > top + 1,
    );
    if (between) misplaced.push(`${field.name}: read after "${before.text}", skipping "${between.text}" between them`);
  }
  return misplaced;
}

/**
 * The tagged text of one marked-content id, its pieces joined, placed where it ends (its last
 * piece): a paragraph over several lines is read up to its last line before what follows it.
 * `rows` holds every piece's baseline (a checklist item's words may wrap below its box's row).
 */
export function readText(
  textByPage: ReadonlyMap<number, readonly MarkedText[]>,
  at: { page: number; mcid: number },
): (MarkedText & { rows: number[] }) | undefined {
  const pieces = (textByPage.get(at.page - 1) ?? []).filter((text) => text.mcid === at.mcid);
  const last = pieces[pieces.length - 1];
  return (
    last && {
      ...last,
      text: pieces.map((piece) => piece.text).join(''),
      rows: pieces.map((piece) => piece.baseline),
    }
  );
}

function fullName(widget: PDFDict): string {
  const parts: string[] = [];
  for (let node: PDFDict | undefined = widget; node; node = node.lookupMaybe(PDFName.of('Parent'), PDFDict)) {
    const part = node.lookup(PDFName.of('T'));
    if (part instanceof PDFString || part instanceof PDFHexString) parts.unshift(part.decodeText());
  }
  return parts.join('.');
}
