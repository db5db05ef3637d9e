import type { PDFRef } from 'pdf-lib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { joinSet, partPrefix } from '../../../../workbook/set/join-set.ts';
import { checkSet } from '../../../../workbook/set/check-set.ts';
import { readOutline } from '../../../../workbook/pdf/read-outline.ts';
import { readPdfText } from '../../../../workbook/pdf/read-pdf-text.ts';

/**
 * A small tagged book as Chromium writes one: a structure root with one Document element, a flat
 * parent tree, one bookmark and one named destination per chapter, and on its last page a link to
 * its first chapter. Every book names its anchors alike, as the set's three books do.
 */
async function taggedBook(name: string, pages: number, { anchors = true } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const { context } = doc;
  const refs: PDFRef[] = [];
  for (let number = 1; number <= pages; number += 1) {
    const page = doc.addPage([300, 400]);
    page.drawText(`${name} page ${number}`, { x: 20, y: 360, size: 12, font });
    refs.push(page.ref);
  }
  const rootRef = context.nextRef();
  const documentRef = context.register(context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: [] }));
  context.assign(
    rootRef,
    context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: { Nums: [] }, ParentTreeNextKey: 0 }),
  );
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  if (!anchors) return doc.save({ useObjectStreams: false });
  const dests = context.obj({});
  for (let chapter = 1; chapter <= pages; chapter += 1)
    dests.set(PDFName.of(`chapter-${chapter}`), context.obj([refs[chapter - 1]!, 'XYZ', 0, 400, 0]));
  doc.catalog.set(PDFName.of('Dests'), context.register(dests));
  const link = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 50, 50], Dest: PDFName.of('chapter-1') });
  doc.getPage(pages - 1).node.set(PDFName.of('Annots'), context.obj([context.register(link)]));
  const outlinesRef = context.nextRef();
  const items = refs.map(() => context.nextRef());
  items.forEach((ref, index) =>
    context.assign(
      ref,
      context.obj({
        Title: PDFString.of(`${name} chapter ${index + 1}`),
        Parent: outlinesRef,
        Dest: PDFName.of(`chapter-${index + 1}`),
        ...(index > 0 ? { Prev: items[index - 1]! } : {}),
        ...(index < items.length - 1 ? { Next: items[index + 1]! } : {}),
      }),
    ),
  );
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: items[0]!, Last: items.at(-1)!, Count: pages }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  return doc.save({ useObjectStreams: false });
}

/** Each link's destination name, and the 1-based page that destination lands on. */
async function linkTargets(pdf: Uint8Array): Promise<{ from: number; name: string; to: number }[]> {
  const doc = await PDFDocument.load(pdf);
  const dests = doc.catalog.lookup(PDFName.of('Dests'), PDFDict);
  const pageOf = (ref: unknown) => doc.getPages().findIndex((page) => page.ref === ref) + 1;
  return doc.getPages().flatMap((page, index) =>
    (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map((annotation) => {
      const name = (doc.context.lookup(annotation, PDFDict).get(PDFName.of('Dest')) as PDFName).decodeText();
      const target = dests.lookupMaybe(PDFName.of(name), PDFArray);
      return { from: index + 1, name, to: target ? pageOf(target.get(0)) : 0 };
    }),
  );
}

describe('joining the set', async () => {
  // The front sheet, as render-front-sheet.ts prints it: no links, no bookmarks.
  const front = await taggedBook('Front', 1, { anchors: false });
  const books = [
    { title: 'The shared workbook', pdf: await taggedBook('Shared', 4) },
    { title: 'Copy A', pdf: await taggedBook('A', 3) },
    { title: 'Copy B', pdf: await taggedBook('B', 2) },
  ];
  const { pdf, plan } = await joinSet(front, books);

  it('opens each book on an odd page, after deliberate blanks, with every page in order', async () => {
    expect(plan.sections.map((section) => section.start)).toEqual([1, 3, 7, 11]);
    const { pages } = await readPdfText(pdf);
    expect(pages).toEqual([
      'Front page 1',
      '',
      ...[1, 2, 3, 4].map((n) => `Shared page ${n}`),
      ...[1, 2, 3].map((n) => `A page ${n}`),
      '',
      ...[1, 2].map((n) => `B page ${n}`),
    ]);
    expect(await checkSet(pdf, plan, [1, 4, 3, 2])).toEqual([]);
  });

  it('keeps every link in its own book, though all three name their anchors alike', async () => {
    expect(await linkTargets(pdf)).toEqual([
      { from: 6, name: `${partPrefix(1)}chapter-1`, to: 3 },
      { from: 9, name: `${partPrefix(2)}chapter-1`, to: 7 },
      { from: 12, name: `${partPrefix(3)}chapter-1`, to: 11 },
    ]);
  });

  it('gives each book one bookmark, titled as the front sheet names it, with its own chapters under it', async () => {
    const outline = await readOutline(pdf);
    expect(outline.filter((entry) => entry.depth === 0)).toEqual([
      { title: 'The shared workbook', pageNumber: 3, depth: 0 },
      { title: 'Copy A', pageNumber: 7, depth: 0 },
      { title: 'Copy B', pageNumber: 11, depth: 0 },
    ]);
    expect(outline.filter((entry) => entry.title.startsWith('A chapter'))).toEqual([
      { title: 'A chapter 1', pageNumber: 7, depth: 1 },
      { title: 'A chapter 2', pageNumber: 8, depth: 1 },
      { title: 'A chapter 3', pageNumber: 9, depth: 1 },
    ]);
  });

  it('finds a blank that is not blank, and a count that is off', async () => {
    // Copy B's two pages stand where copy A's three and its blank were planned.
    const wrong = await joinSet(front, [books[0]!, books[2]!, books[1]!]);
    expect(await checkSet(wrong.pdf, plan, [1, 4, 3, 2])).toEqual([
      'the set has 11 pages; its sections have 10 and it needs 2 blank, 12 in all',
      'page 10 should be a deliberate blank, but it has content',
    ]);
  });
});
