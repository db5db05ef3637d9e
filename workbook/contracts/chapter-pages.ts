/** Where each chapter landed in a rendered edition (the print runtime's `collect`). */
export interface ChapterPages {
  id: string;
  /** The page its opener is on. */
  firstPage: number;
  /** The page its reflections start on (undefined when it has none). */
  additionsFirstPage: number | undefined;
  /** Its last page with content (a Notes verso after it is not counted). */
  lastPage: number;
}
