/**
 * Where one render's seconds went, so the benchmark can say which step to work on: loading the
 * print page (with its runtime, Paged.js included, and applying the edition), Paged.js's layout
 * (with the fonts and the runtime's finishing step), Chromium's `page.pdf` of the result, and,
 * for a book laid out in parts, moving the later parts' pages into the first part's document
 * (with the fonts they need). Each is wall-clock time.
 */
export interface RenderPhases {
  load: number;
  layout: number;
  print: number;
  join: number;
}

export const RENDER_PHASES = ['load', 'layout', 'print', 'join'] as const satisfies readonly (keyof RenderPhases)[];
