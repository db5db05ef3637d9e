/**
 * Lists every h1–h3 without an id, as `<h2> "Title"`. The PDF outline and the book's cross
 * references are built from heading ids, so a heading without one is a build error, not a
 * warning. Runs on the print page before Paged.js rearranges it.
 */
export function headingsWithoutIds(document: Document): string[] {
  return [...document.querySelectorAll('h1, h2, h3')]
    .filter((heading) => heading.id.trim() === '')
    .map((heading) => `<${heading.localName}> "${heading.textContent.replace(/\s+/g, ' ').trim()}"`);
}

export function missingHeadingIdsMessage(url: string, headings: readonly string[]): string {
  return (
    `Every h1–h3 in the print source needs an id (PDF bookmarks link to it). ` +
    `${headings.length} without one in ${url}:\n  ${headings.join('\n  ')}`
  );
}
