import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A tagged PDF's structure, reduced to what a reader's assistive technology walks. */
export interface StructureSummary {
  /** Depth-first structure types, each with the page(s) of its marked content, e.g. "H1@7". */
  elements: string[];
  /** Problems that would break the tree: dangling parents, pages outside the page tree, missing parent-tree keys. */
  problems: string[];
  /** Each link: the page it is on and the page its destination opens. */
  links: string[];
}

export function summariseStructure(doc: PDFDocument): StructureSummary {
  const problems: string[] = [];
  const pageRefs = doc.getPages().map((page) => page.ref);
  const pageNumber = (ref: PDFObject | undefined) =>
    ref instanceof PDFRef ? pageRefs.findIndex((candidate) => candidate === ref) + 1 : 0;

  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const rootRef = doc.catalog.get(PDFName.of('StructTreeRoot'));
  const elements: string[] = [];
  const walk = (ref: PDFObject, parent: PDFObject | undefined) => {
    if (!(ref instanceof PDFRef)) return;
    const element = doc.context.lookup(ref);
    if (!(element instanceof PDFDict)) return;
    const type = element.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return; // a marked-content or object reference
    if (parent && element.get(PDFName.of('P')) !== parent) problems.push(`${type.decodeText()} has the wrong /P`);
    const page = element.get(PDFName.of('Pg'));
    if (page && pageNumber(page) === 0) problems.push(`${type.decodeText()} is on a page outside the page tree`);
    elements.push(page ? `${type.decodeText()}@${pageNumber(page)}` : type.decodeText());
    const kids = element.get(PDFName.of('K'));
    for (const kid of kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : []) walk(kid, ref);
  };
  walk(root.get(PDFName.of('K'))!, rootRef);

  const nums = root.lookup(PDFName.of('ParentTree'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
  const keys = new Set<number>();
  const entries = new Map<number, PDFObject>();
  for (let index = 0; index < nums.size(); index += 2) {
    const key = nums.lookup(index, PDFNumber).asNumber();
    if (keys.has(key)) problems.push(`parent tree key ${key} appears twice`);
    keys.add(key);
    entries.set(key, nums.get(index + 1));
  }
  const links: string[] = [];
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  doc.getPages().forEach((page, index) => {
    const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
    if (key !== undefined && !keys.has(key))
      problems.push(`page ${index + 1}: /StructParents ${key} is not in the parent tree`);
    // The page's entry lists, by marked-content id, the elements whose content is on this page.
    const owners = key === undefined ? undefined : doc.context.lookup(entries.get(key));
    if (key !== undefined && !(owners instanceof PDFArray))
      problems.push(`page ${index + 1}: its parent-tree entry is not a list of elements`);
    for (const owner of owners instanceof PDFArray ? owners.asArray() : []) {
      const element = doc.context.lookup(owner);
      const on = element instanceof PDFDict ? element.get(PDFName.of('Pg')) : undefined;
      if (on && on !== page.ref)
        problems.push(`page ${index + 1}: its parent-tree entry names an element on page ${pageNumber(on)}`);
    }
    for (const annotationRef of page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []) {
      const annotation = doc.context.lookup(annotationRef, PDFDict);
      const parentKey = annotation.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber();
      if (parentKey !== undefined && !keys.has(parentKey))
        problems.push(`page ${index + 1}: a link's /StructParent ${parentKey} is not in the parent tree`);
      // The link's entry is its /Link element, which points back at this very annotation.
      const owner = parentKey === undefined ? undefined : doc.context.lookup(entries.get(parentKey));
      const kids = owner instanceof PDFDict ? owner.lookup(PDFName.of('K')) : undefined;
      const references =
        kids instanceof PDFArray ? kids.asArray().map((kid) => doc.context.lookup(kid) ?? kid) : [kids];
      const holdsIt = references.some((kid) => kid instanceof PDFDict && kid.get(PDFName.of('Obj')) === annotationRef);
      if (parentKey !== undefined && !holdsIt)
        problems.push(`page ${index + 1}: a link's parent-tree entry is not the element that holds it`);
      const name = annotation.get(PDFName.of('Dest'));
      if (!(name instanceof PDFName)) continue;
      const destination = dests?.lookupMaybe(name, PDFArray);
      links.push(`${index + 1}→${destination ? pageNumber(destination.get(0)) : 'missing'}`);
    }
  });
  return { elements, problems, links };
}
