/**
 * The safety and privacy pages that open every edition, straight after the cover's verso and
 * before the how-to and the contents (workbook/print/components/PrintSafety.astro): their element id
 * and title, for the page, its contents entry and the guard that checks they come first.
 */
export const safetyPages = { id: 'safety-first', title: 'Safety and privacy first' } as const;
