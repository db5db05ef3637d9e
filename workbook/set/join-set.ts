import { loadPdf } from '../pdf/load-pdf.ts';
import { savePdf } from '../pdf/save-pdf.ts';
import { joinTaggedPdfs } from '../pdf/join-tagged-pdfs.ts';
import { nestOutline } from './nest-outline.ts';
import { prefixDestinations } from './part-destinations.ts';
import { planSet, type SetPlan } from './set-plan.ts';

export interface SetBook {
  /** As the front sheet lists it: the title of its bookmark. */
  title: string;
  /** The finished, printed (not fillable) edition. */
  pdf: Uint8Array;
}

/** The prefix of a book's named destinations in the set: "part1-", "part2-", … */
export const partPrefix = (book: number) => `part${book}-`;

/** Each book's page count, to plan the set before its front sheet is printed. */
export async function pageCounts(books: readonly SetBook[]): Promise<number[]> {
  return Promise.all(books.map(async (book) => (await loadPdf(book.pdf)).getPageCount()));
}

/**
 * Joins the front sheet and the books into the set: each book keeps its pages, structure and
 * bookmarks (gathered under its title), its anchors renamed to its own (part-destinations.ts), and
 * a blank page follows whatever ends on a recto, so the next opens on a fresh sheet (set-plan.ts).
 */
export async function joinSet(
  front: Uint8Array,
  books: readonly SetBook[],
): Promise<{ pdf: Uint8Array; plan: SetPlan }> {
  const sections = [{ title: undefined, pdf: front }, ...books];
  const docs = await Promise.all(sections.map((section) => loadPdf(section.pdf)));
  const plan = planSet(docs.map((doc) => doc.getPageCount()));
  const parts = await Promise.all(
    docs.map(async (doc, index) => {
      const { title } = sections[index]!;
      if (title !== undefined) {
        prefixDestinations(doc, partPrefix(index));
        nestOutline(doc, title);
      }
      if (plan.sections[index]!.pad > 0) {
        // A deliberate blank: no content at all, the size of the page before it.
        const last = doc.getPage(doc.getPageCount() - 1);
        doc.addPage([last.getWidth(), last.getHeight()]);
      }
      return { pdf: await savePdf(doc), standIns: [] };
    }),
  );
  return { pdf: await joinTaggedPdfs(parts, {}), plan };
}
