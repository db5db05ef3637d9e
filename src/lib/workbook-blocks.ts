import type { Audience } from '../schemas/audience.ts';

/** A reflection prompt as collected from a chapter by remark-workbook-blocks. */
export interface PromptRecord {
  /** Stable id, e.g. "patience-prompt-2"; the element's id on the page and in print. */
  id: string;
  for: Audience;
  /** Ruled lines per partner, or "page": a full page of writing space. */
  lines: number | 'page';
  /** Printed only in its reader's personal copy: never in the shared book, the handout, /book/, the EPUB or the chapter pages. */
  ownCopyOnly?: true;
  /** The prompt's text, whitespace normalised. */
  text: string;
}

/** An exercise as collected from a chapter by remark-workbook-blocks. */
export interface ExerciseRecord {
  /** Stable id, e.g. "patience-setback-log". */
  id: string;
  title: string;
  for: Audience;
  layout: 'table' | 'checklist' | 'agreement' | 'lines';
  /** The instructions and list items, whitespace normalised, joined by spaces. */
  text: string;
  /** The same, one entry per paragraph or list item (print may reorder blocks in its text layer). */
  blocks: string[];
  /** For a table: its column headings and how many rows to print (the closing check-in tracker reprints one). */
  table?: { columns: string[]; rows: number };
  /** For a checklist: how many items it has to tick (a fillable workbook gives each a checkbox). */
  items?: number;
  /** Printed only in its reader's personal copy: never in the shared book, the handout, /book/, the EPUB or the chapter pages. */
  ownCopyOnly?: true;
}

/** Everything our additions contribute to one chapter. */
export interface WorkbookBlocks {
  prompts: PromptRecord[];
  exercises: ExerciseRecord[];
}
