import type { PDFDocument } from 'pdf-lib';
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectCopier,
  PDFPage,
  type PDFPageLeaf,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';
import type { Anchor } from '../contracts/print-runtime-api.ts';
import { savePdf } from './save-pdf.ts';
import { loadPdf } from './load-pdf.ts';

/** CSS pixels to PDF points. */
const POINTS_PER_PIXEL = 72 / 96;

export interface PdfPart {
  pdf: Uint8Array;
  /** Anchors this part linked to but did not hold: their destinations here are stand-ins. */
  standIns: readonly string[];
}

/**
 * Joins Chromium's tagged PDFs of a book's parts into one, keeping what makes the book usable:
 * the structure tree (each part's elements join the first part's Document element, its parent
 * tree keys move past the book's), the bookmarks (one chain, in order) and the named
 * destinations links go to (a stand-in never replaces the real anchor: `anchors` says where each
 * one landed). Pages are copied by
 * reference, so the structure's /Pg entries, the bookmarks and the destinations all land on the
 * copied pages. Throws if a link's destination is missing from the joined book.
 */
export async function joinTaggedPdfs(
  parts: readonly PdfPart[],
  anchors: Readonly<Record<string, Anchor>>,
): Promise<Uint8Array> {
  const [first, ...rest] = parts;
  if (!first) throw new Error('joinTaggedPdfs: no parts to join');
  const book = await loadPdf(first.pdf);
  const target = documentLevel(book, 1);
  dropStandIns(target.dests, first.standIns);
  for (const [index, part] of rest.entries()) {
    const source = await loadPdf(part.pdf);
    const from = documentLevel(source, index + 2);
    dropStandIns(from.dests, part.standIns);
    appendPart(book, target, source, from);
  }
  // Chromium writes a destination only for an anchor its own part links to; one linked from
  // another part (the contents, say) gets its destination from where the anchor was laid out.
  for (const name of new Set(parts.flatMap((part) => part.standIns))) {
    const anchor = anchors[name];
    if (!anchor || target.dests.has(PDFName.of(name))) continue;
    const page = book.getPage(anchor.page - 1);
    const destination = book.context.obj([
      page.ref,
      PDFName.of('XYZ'),
      anchor.x * POINTS_PER_PIXEL,
      page.getHeight() - anchor.y * POINTS_PER_PIXEL,
      0,
    ]);
    target.dests.set(PDFName.of(name), destination);
  }
  const missing = linkDestinations(book).filter((name) => !target.dests.has(PDFName.of(name)));
  if (missing.length > 0) throw new Error(`The joined book links to anchors it does not hold: ${missing.join(', ')}`);
  return savePdf(book);
}

interface DocumentLevel {
  root: PDFDict;
  rootRef: PDFRef;
  /** The one /Document structure element Chromium writes under the root. */
  documentElement: PDFDict;
  documentRef: PDFRef;
  /** The parent tree's flat /Nums array (Chromium writes no /Kids). */
  nums: PDFArray;
  outlines: PDFDict | undefined;
  outlinesRef: PDFRef | undefined;
  dests: PDFDict;
}

function documentLevel(doc: PDFDocument, part: number): DocumentLevel {
  const unsupported = (what: string) => new Error(`joinTaggedPdfs: part ${part} ${what}`);
  const catalog = doc.catalog;
  const rootRef = catalog.get(PDFName.of('StructTreeRoot'));
  if (!(rootRef instanceof PDFRef)) throw unsupported('is not a tagged PDF (no /StructTreeRoot)');
  const root = doc.context.lookup(rootRef, PDFDict);
  const documentRef = root.get(PDFName.of('K'));
  if (!(documentRef instanceof PDFRef)) throw unsupported('has no single /Document structure element');
  const parentTree = root.lookup(PDFName.of('ParentTree'), PDFDict);
  if (parentTree.has(PDFName.of('Kids'))) throw unsupported('has a parent tree with /Kids');
  const outlinesRef = catalog.get(PDFName.of('Outlines'));
  let dests = catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) {
    dests = doc.context.obj({});
    catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  }
  return {
    root,
    rootRef,
    documentElement: doc.context.lookup(documentRef, PDFDict),
    documentRef,
    nums: parentTree.lookup(PDFName.of('Nums'), PDFArray),
    outlines: outlinesRef instanceof PDFRef ? doc.context.lookup(outlinesRef, PDFDict) : undefined,
    outlinesRef: outlinesRef instanceof PDFRef ? outlinesRef : undefined,
    dests,
  };
}

function dropStandIns(dests: PDFDict, standIns: readonly string[]): void {
  for (const name of standIns) dests.delete(PDFName.of(name));
}

function appendPart(book: PDFDocument, target: DocumentLevel, source: PDFDocument, from: DocumentLevel): void {
  const copier = PDFObjectCopier.for(source.context, book.context);
  // pdf-lib's copier remembers what it copied by reference; telling it that the part's root,
  // Document element and outline root are the book's keeps /P and /Parent links pointing into
  // the book instead of copying a second tree beside it. (Private in pdf-lib's types.)
  const copied = (copier as unknown as { traversedObjects: Map<PDFObject, PDFObject> }).traversedObjects;
  copied.set(from.rootRef, target.rootRef);
  copied.set(from.documentRef, target.documentRef);
  if (from.outlinesRef && target.outlinesRef) copied.set(from.outlinesRef, target.outlinesRef);

  const offset = target.root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
  for (const page of source.getPages()) {
    const ref = copier.copy(page.ref);
    const leaf = book.context.lookup(ref) as PDFPageLeaf;
    shiftKey(leaf, 'StructParents', offset);
    for (const annotation of leaf.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      shiftKey(book.context.lookup(annotation, PDFDict), 'StructParent', offset);
    }
    book.addPage(PDFPage.of(leaf, ref, book));
  }

  const kids = asArray(book, target.documentElement, 'K');
  for (const kid of asArray(source, from.documentElement, 'K').asArray()) kids.push(copier.copy(kid));
  for (let index = 0; index < from.nums.size(); index += 2) {
    const key = from.nums.lookup(index, PDFNumber).asNumber();
    target.nums.push(PDFNumber.of(key + offset));
    target.nums.push(copier.copy(from.nums.get(index + 1)));
  }
  const next = from.root.lookup(PDFName.of('ParentTreeNextKey'), PDFNumber).asNumber();
  target.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(offset + next));

  appendOutline(book, target, from, copier);
  for (const [name, destination] of from.dests.entries()) target.dests.set(name, copier.copy(destination));
}

function appendOutline(book: PDFDocument, target: DocumentLevel, from: DocumentLevel, copier: PDFObjectCopier): void {
  const firstRef = from.outlines?.get(PDFName.of('First'));
  const lastRef = from.outlines?.get(PDFName.of('Last'));
  if (!(firstRef instanceof PDFRef) || !(lastRef instanceof PDFRef) || !from.outlines) return;
  if (!target.outlines || !target.outlinesRef) {
    const ref = copier.copy(from.outlinesRef!);
    book.catalog.set(PDFName.of('Outlines'), ref);
    target.outlines = book.context.lookup(ref, PDFDict);
    target.outlinesRef = ref;
    return;
  }
  // Copying the part's first bookmark copies its /Next chain (and children) with it.
  const first = copier.copy(firstRef);
  const last = copier.copy(lastRef);
  const bookLast = target.outlines.get(PDFName.of('Last'));
  if (bookLast instanceof PDFRef) {
    book.context.lookup(bookLast, PDFDict).set(PDFName.of('Next'), first);
    book.context.lookup(first, PDFDict).set(PDFName.of('Prev'), bookLast);
  } else {
    target.outlines.set(PDFName.of('First'), first);
  }
  target.outlines.set(PDFName.of('Last'), last);
  const count = (dict: PDFDict) => dict.lookupMaybe(PDFName.of('Count'), PDFNumber)?.asNumber() ?? 0;
  target.outlines.set(PDFName.of('Count'), PDFNumber.of(count(target.outlines) + count(from.outlines)));
}

function shiftKey(dict: PDFDict, key: string, offset: number): void {
  const value = dict.lookupMaybe(PDFName.of(key), PDFNumber);
  if (value) dict.set(PDFName.of(key), PDFNumber.of(value.asNumber() + offset));
}

function asArray(doc: PDFDocument, dict: PDFDict, key: string): PDFArray {
  const value = dict.lookup(PDFName.of(key));
  if (value instanceof PDFArray) return value;
  const array = doc.context.obj([]);
  if (value !== undefined) array.push(dict.get(PDFName.of(key))!);
  dict.set(PDFName.of(key), array);
  return array;
}

/** Every named destination a link annotation goes to. */
function linkDestinations(doc: PDFDocument): string[] {
  const names = new Set<string>();
  for (const page of doc.getPages()) {
    for (const annotation of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const destination = doc.context.lookup(annotation, PDFDict).get(PDFName.of('Dest'));
      if (destination instanceof PDFName) names.add(destination.decodeText());
    }
  }
  return [...names];
}
