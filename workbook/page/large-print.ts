/**
 * The large-print edition's measures, in one place for the print runtime, the form and the tests.
 * The UK Association for Accessible Formats' minimum standard asks for 16 pt at least and 18 pt
 * ideally, page numbers and labels included; writing lines wide enough for a thick felt pen.
 */
export const largePrint = {
  /** The smallest type anywhere on the page or in a form field, in points. */
  minTypePt: 18,
  /** Writing rules' pitch per writing-space choice, in millimetres: never under 12. */
  lineGapMm: { compact: 12, standard: 13, roomy: 14 },
  /** What a prompt's heading may take above a full page of writing space, in millimetres. */
  fullPageHeadMm: 70,
} as const;
