/**
 * How full each laid-out page is and whether its writing space is named, as the print runtime
 * measured the finished pages (print/runtime/measure-pages.ts); the guard checks it on every
 * render (guard/page-layout.ts).
 */
export interface PageLayout {
  /** The page's number in the finished book. */
  page: number;
  /**
   * `notes`: a page of Notes ruling (a closing Notes page, or a left-hand page left blank before a
   * right-hand opening); `end`: a cover or a back page (a book printed in parts has one of each
   * per part); `content`: any other.
   */
  kind: 'content' | 'notes' | 'end';
  /** The share of the page's content area in use, from its top to its lowest box: 0 to 1. */
  fill: number;
  /** The owner of writing lines that begin on this page with no name above them on it. */
  unnamedWriting?: string | undefined;
}
