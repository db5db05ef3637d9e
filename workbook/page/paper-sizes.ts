/** The paper sizes the workbook is set for. */
export const paperSizes = {
  letter: { id: 'letter', label: 'US Letter', cssSize: '8.5in 11in', widthMm: 215.9, heightMm: 279.4 },
  a4: { id: 'a4', label: 'A4', cssSize: '210mm 297mm', widthMm: 210, heightMm: 297 },
} as const;

export type PaperId = keyof typeof paperSizes;
export type PaperSize = (typeof paperSizes)[PaperId];

export const paperIds = Object.keys(paperSizes) as PaperId[];
