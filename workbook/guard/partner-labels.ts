/**
 * A personal copy has one writing block per prompt and one reader, so the shared book's
 * "Partner A" / "Partner B" labels must not be printed anywhere in it. Returns the pages (1-based)
 * that still carry one, as lines for the guard's report; empty means none. Print sets the labels
 * in capitals (text-transform reaches the PDF's text), and prose may give "your partner a note",
 * so only the two label spellings count.
 */
export function findPartnerLabels(pages: readonly string[]): string[] {
  return pages.flatMap((text, index) => {
    const labels = [...new Set(text.match(/\b(?:Partner|PARTNER)\s?[AB]\b/g) ?? [])];
    return labels.length === 0 ? [] : [`page ${index + 1} says ${labels.map((label) => `“${label}”`).join(', ')}`];
  });
}
