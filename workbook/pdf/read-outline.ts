import { withOpenPdf, type OpenPdf } from './open-pdf.ts';

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens; undefined when it has no destination in this file. */
  pageNumber: number | undefined;
  /** 0 for top-level bookmarks. */
  depth: number;
}

type OutlineNode = Awaited<ReturnType<OpenPdf['getOutline']>>[number];

/** The PDF's bookmarks in reading order (depth-first), each with the page it lands on. */
export async function readOutline(bytes: Uint8Array): Promise<OutlineEntry[]> {
  return withOpenPdf(bytes, outlineOf);
}

/** The bookmarks of an open PDF, as readOutline gives them. */
export async function outlineOf(pdf: OpenPdf): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  // Typed as an array, but pdf.js returns null for a PDF without bookmarks.
  const roots = (await pdf.getOutline()) as OutlineNode[] | null;
  await collect(pdf, roots ?? [], 0, entries);
  return entries;
}

async function collect(
  pdf: OpenPdf,
  nodes: readonly OutlineNode[],
  depth: number,
  into: OutlineEntry[],
): Promise<void> {
  for (const node of nodes) {
    into.push({ title: node.title, pageNumber: await destinationPage(pdf, node.dest), depth });
    await collect(pdf, node.items as OutlineNode[], depth + 1, into);
  }
}

async function destinationPage(pdf: OpenPdf, dest: OutlineNode['dest']): Promise<number | undefined> {
  // A string is a named destination; an array is explicit: [pageRef, fit, ...].
  const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
  const target: unknown = explicit?.[0];
  if (typeof target === 'number') return target + 1;
  if (target === null || typeof target !== 'object') return undefined;
  return (await pdf.getPageIndex(target as Parameters<OpenPdf['getPageIndex']>[0])) + 1;
}
