/**
 * Where one render's seconds went, so the benchmark can say which step to work on:
 * loading the print source (and its fonts), parsing the Paged.js polyfill, Paged.js's layout
 * (with the print source's own finishing step), Chromium's `page.pdf` of the result, and, for a
 * book laid out in parts, joining the parts' PDFs. Each is wall-clock time.
 */
export interface RenderPhases {
  load: number;
  polyfill: number;
  layout: number;
  print: number;
  join: number;
}

export const RENDER_PHASES = [
  'load',
  'polyfill',
  'layout',
  'print',
  'join',
] as const satisfies readonly (keyof RenderPhases)[];
