import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/**
 * The structure tree's parent tree (PDF 32000 §14.7.4.4): a number tree from each page's
 * `/StructParents` and each annotation's `/StructParent` to the structure element(s) owning
 * that content. Chromium writes it as one `/Nums` array; a number tree may also be split into
 * `/Kids`, so both are read, and it is written back as one sorted `/Nums` array (a valid tree).
 */
export class ParentTree {
  readonly #entries = new Map<number, PDFObject>();
  readonly doc: PDFDocument;
  readonly root: PDFDict;
  #nextKey: number;

  private constructor(doc: PDFDocument, root: PDFDict) {
    this.doc = doc;
    this.root = root;
    const tree = root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    if (tree) this.#read(tree);
    const next = root.lookupMaybe(PDFName.of('ParentTreeNextKey'), PDFNumber)?.asNumber() ?? 0;
    this.#nextKey = Math.max(next, ...[...this.#entries.keys()].map((key) => key + 1));
  }

  /** The tree of a structure tree root (`/StructTreeRoot`). */
  static of(doc: PDFDocument, root: PDFDict): ParentTree {
    return new ParentTree(doc, root);
  }

  get(key: number): PDFObject | undefined {
    return this.#entries.get(key);
  }

  /** Adds an entry under a new key (`/ParentTreeNextKey` moves on) and returns the key. */
  add(value: PDFObject): number {
    const key = this.#nextKey;
    this.#entries.set(key, value);
    this.#nextKey += 1;
    return key;
  }

  /**
   * Writes the tree and `/ParentTreeNextKey` back into the structure tree root. The root node is
   * kept (it may be referenced as it is) and any kid nodes are removed: pdf-lib writes every
   * object it holds, referenced or not.
   */
  save(): void {
    const nums = [...this.#entries].sort(([a], [b]) => a - b).flatMap(([key, value]) => [PDFNumber.of(key), value]);
    const existing = this.root.lookupMaybe(PDFName.of('ParentTree'), PDFDict);
    const node = existing ?? this.doc.context.obj({});
    if (existing) this.#dropKids(existing);
    node.set(PDFName.of('Nums'), this.doc.context.obj(nums));
    if (!existing) this.root.set(PDFName.of('ParentTree'), this.doc.context.register(node));
    this.root.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(this.#nextKey));
  }

  #dropKids(node: PDFDict): void {
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (const kid of kids?.asArray() ?? []) {
      const child = this.doc.context.lookup(kid);
      if (child instanceof PDFDict) this.#dropKids(child);
      if (kid instanceof PDFRef) this.doc.context.delete(kid);
    }
    node.delete(PDFName.of('Kids'));
    node.delete(PDFName.of('Limits'));
  }

  #read(node: PDFDict): void {
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let index = 0; nums && index + 1 < nums.size(); index += 2) {
      this.#entries.set(nums.lookup(index, PDFNumber).asNumber(), nums.get(index + 1));
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index += 1) this.#read(kids.lookup(index, PDFDict));
  }
}
