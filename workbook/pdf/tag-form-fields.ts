import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument } from 'pdf-lib';
import type { PlacedField } from './add-form-fields.ts';
import { ParentTree } from './parent-tree.ts';
import { findPrompt, type Prompt } from './find-prompt.ts';
import type { MarkedText } from './read-marked-text.ts';
import { compareReadingOrder } from './reading-order.ts';

/** Table structure a `Form` element may not sit in as a row's sibling (PDF 32000 §14.8.4.3.4). */
const TABLE_PARTS = new Set(['Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot']);

/**
 * Puts every field into the PDF's structure tree where its prompt is, so a screen reader reaches
 * the field right after the text that asks for it: a `Form` element whose `/K` is an object
 * reference (`/OBJR`) to the widget, inserted after the structure element holding that text (for
 * a check box, its item's text on the same row); the widget gets a `/StructParent` key, and the
 * parent tree maps the key back to the `Form` element. A field in a table's empty rows, whose
 * text before it is the header, goes after the table rather than into a header cell.
 *
 * Returns the names of fields whose page has no tagged text to place them by: they are appended
 * to the page's first structure element's parent (or the tree's top element), still in the tree.
 * An untagged PDF is left untagged, and every name is returned.
 */
export function tagFormFields(
  doc: PDFDocument,
  placed: readonly PlacedField[],
  text: ReadonlyMap<number, readonly MarkedText[]>,
): string[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return placed.map((field) => field.box.name);
  const parentTree = ParentTree.of(doc, root);
  const pages = doc.getPages();
  const unplaced: string[] = [];
  /** The last element inserted after each anchor, so fields sharing a prompt keep their order. */
  const lastAfter = new Map<PDFRef, PDFRef>();
  /** Likewise for fields before a page's first element: each goes after the one before it. */
  const lastBefore = new Map<PDFRef, PDFRef>();

  for (const field of placed.toSorted((a, b) => a.pageIndex - b.pageIndex || compareReadingOrder(a.rect, b.rect))) {
    const page = pages[field.pageIndex]!;
    const owners = pageOwners(doc, parentTree, page.node);
    const prompt = findPrompt(field, text.get(field.pageIndex) ?? []);
    const anchor = prompt && anchorFor(doc, owners(prompt.text.mcid), prompt);
    const form = doc.context.obj({
      Type: 'StructElem',
      S: 'Form',
      Pg: page.ref,
      K: doc.context.obj({ Type: 'OBJR', Obj: field.widget, Pg: page.ref }),
    });
    const formRef = doc.context.register(form);
    const first = prompt ? undefined : firstOwner(owners, text.get(field.pageIndex) ?? []);
    if (anchor) {
      insertAfter(doc, lastAfter.get(anchor) ?? anchor, formRef, form);
      lastAfter.set(anchor, formRef);
    } else if (first) {
      // Nothing on the page comes before the field: it is the first thing a reader meets there.
      const previous = lastBefore.get(first);
      if (previous) insertAfter(doc, previous, formRef, form);
      else insertBefore(doc, first, formRef, form);
      lastBefore.set(first, formRef);
    } else {
      appendTo(doc, topElement(root), formRef, form);
      unplaced.push(field.box.name);
    }
    doc.context.lookup(field.widget, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(parentTree.add(formRef)));
  }
  parentTree.save();
  return unplaced;
}

/** The structure element owning each marked-content id of a page, from the parent tree. */
function pageOwners(doc: PDFDocument, parentTree: ParentTree, page: PDFDict): (mcid: number) => PDFRef | undefined {
  const key = page.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
  const entry = key === undefined ? undefined : doc.context.lookup(parentTree.get(key));
  return (mcid) => {
    const owner = entry instanceof PDFArray && mcid < entry.size() ? entry.get(mcid) : undefined;
    return owner instanceof PDFRef ? owner : undefined;
  };
}

/** The element a field's `Form` goes after: its prompt's, or the table that prompt heads. */
function anchorFor(doc: PDFDocument, owner: PDFRef | undefined, prompt: Prompt): PDFRef | undefined {
  if (!owner || prompt.onRow) return owner;
  let table: PDFRef | undefined;
  for (let ref: PDFRef | undefined = owner; ref;) {
    const element: PDFDict = doc.context.lookup(ref, PDFDict);
    const type = element.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText();
    if (type === 'Table') table = ref;
    if (!type || (!TABLE_PARTS.has(type) && type !== 'NonStruct' && type !== 'P' && type !== 'Span')) break;
    const parent: unknown = element.get(PDFName.of('P'));
    ref = parent instanceof PDFRef ? parent : undefined;
  }
  return table ?? owner;
}

function firstOwner(owners: (mcid: number) => PDFRef | undefined, texts: readonly MarkedText[]): PDFRef | undefined {
  for (const text of texts) {
    const owner = owners(text.mcid);
    if (owner) return owner;
  }
  return undefined;
}

/** The tree's top element (the `Document`), where a field with nothing to follow is kept. */
function topElement(root: PDFDict): PDFRef {
  const kids = root.get(PDFName.of('K'));
  const first = kids instanceof PDFArray ? kids.get(0) : kids;
  if (!(first instanceof PDFRef)) throw new Error('the structure tree has no top element to hold a form field');
  return first;
}

function insertAfter(doc: PDFDocument, sibling: PDFRef, ref: PDFRef, element: PDFDict): void {
  insertBeside(doc, sibling, ref, element, 1);
}

function insertBefore(doc: PDFDocument, sibling: PDFRef, ref: PDFRef, element: PDFDict): void {
  insertBeside(doc, sibling, ref, element, 0);
}

function insertBeside(doc: PDFDocument, sibling: PDFRef, ref: PDFRef, element: PDFDict, offset: 0 | 1): void {
  const parentRef = doc.context.lookup(sibling, PDFDict).get(PDFName.of('P'));
  if (!(parentRef instanceof PDFRef)) throw new Error('a structure element has no parent to place a form field in');
  const kids = kidsOf(doc, parentRef);
  const index = kids.asArray().indexOf(sibling);
  kids.insert(index < 0 ? kids.size() : index + offset, ref);
  element.set(PDFName.of('P'), parentRef);
}

function appendTo(doc: PDFDocument, parentRef: PDFRef, ref: PDFRef, element: PDFDict): void {
  kidsOf(doc, parentRef).push(ref);
  element.set(PDFName.of('P'), parentRef);
}

/** An element's `/K` as an array (a single kid is wrapped), so kids can be inserted. */
function kidsOf(doc: PDFDocument, parentRef: PDFRef): PDFArray {
  const parent = doc.context.lookup(parentRef, PDFDict);
  const kids = parent.lookup(PDFName.of('K'));
  if (kids instanceof PDFArray) return kids;
  const array = doc.context.obj(kids === undefined ? [] : [parent.get(PDFName.of('K'))!]);
  parent.set(PDFName.of('K'), array);
  return array;
}
