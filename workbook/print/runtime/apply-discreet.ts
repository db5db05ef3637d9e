/**
 * A discreet edition, in the page: every place the book's title shows on the outside (the cover,
 * whose title also feeds the left-hand running head and the PDF's first bookmark; the imprint on
 * its verso; the back page) carries `data-discreet-title`, the neutral title from
 * content/book.json, and shows that instead. The document's own title follows, so nothing Chromium
 * writes from it names the subject. What has no neutral form (the site's address, wherever it is
 * printed: the back page, the imprint, each chapter's "Online:" line, the support page) is marked
 * `data-discreet="remove"` and goes. The rest of the inside (chapter titles, the article) is
 * unchanged.
 */
export function applyDiscreet(document: Document): void {
  for (const element of document.querySelectorAll('[data-discreet="remove"]')) element.remove();
  for (const element of document.querySelectorAll<HTMLElement>('[data-discreet-title]')) {
    element.textContent = element.dataset['discreetTitle'] ?? '';
  }
  const title = document.querySelector<HTMLElement>('[data-discreet-title]')?.dataset['discreetTitle'];
  if (title) document.title = title;
}
