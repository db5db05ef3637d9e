/**
 * One laid-out page must be one page of paper. Chromium prints Paged.js's pages as they stand
 * (print/runtime/ready-to-print.ts), and a page that ran over its sheet, or pages shrunk to fit
 * something too wide, would come out as a PDF with more or fewer pages than the layout: folios,
 * contents numbers and a booklet's sheets would all be off. One line per problem.
 */
export function checkPrintedPageCount(laidOut: number, printed: number): string[] {
  if (printed === laidOut) return [];
  const how =
    printed > laidOut
      ? 'a page ran over onto another, or a blank one was added'
      : 'pages were shrunk onto fewer sheets';
  return [`the PDF has ${printed} pages where ${laidOut} were laid out (${how})`];
}
