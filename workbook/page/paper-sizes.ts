import { paperIds, paperLabels, type PaperId } from '../../src/schemas/paper.ts';

/** The geometry of each paper the book is published for (src/schemas/paper.ts lists them). */
export const paperSizes = {
  letter: { id: 'letter', label: paperLabels.letter, cssSize: '8.5in 11in', widthMm: 215.9, heightMm: 279.4 },
  a4: { id: 'a4', label: paperLabels.a4, cssSize: '210mm 297mm', widthMm: 210, heightMm: 297 },
} as const satisfies Record<
  PaperId,
  { id: PaperId; label: string; cssSize: string; widthMm: number; heightMm: number }
>;

export type { PaperId };
export type PaperSize = (typeof paperSizes)[PaperId];

export { paperIds };
