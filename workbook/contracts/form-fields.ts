/**
 * The writing space of a fillable edition, as the print runtime measures it in the paginated
 * pages (`workbook.collectFields()`, workbook/print/runtime/) and as post-processing turns it into
 * PDF form fields (workbook/pdf/add-form-fields.ts). Measured in the same render that prints the
 * PDF, so a field sits exactly on the lines it was measured from. Plain data: it crosses from the
 * page to Node as a structured clone.
 */

/**
 * - `text`: one line (a name, a date, a signature, a table cell too short for two lines);
 * - `multiline`: ruled writing space (a prompt's block, an exercise's open lines, a tall cell);
 * - `checkbox`: a checklist item's box.
 */
export type FormFieldKind = 'text' | 'multiline' | 'checkbox';

/** A rectangle on one page, in CSS pixels from the page's top-left corner (96 px = 72 pt). */
export interface PageRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FormFieldBox {
  /**
   * Unique in the document and stable between renders of the same edition, e.g.
   * `apology-remorse.hurt.1` (prompt id, partner block, fragment) or `weekly-check-in.r3.c2`.
   * Dots only as separators: PDF field names treat a dot as a hierarchy step.
   */
  name: string;
  kind: FormFieldKind;
  /** Page of the finished PDF, from 1 (a booklet is never fillable). */
  page: number;
  rect: PageRect;
  /**
   * What a screen reader says for the field (`/TU`): the prompt or column in short and, in a
   * shared copy, the partner — e.g. "The partner who was hurt: What would genuine remorse look like?".
   */
  tooltip: string;
  /** For `multiline`: the ruling's line pitch in CSS px, so typed text can be set to fit it. */
  linePitch?: number;
}
