/**
 * Links to the site's own pages (e.g. the facilitator guide's link to the print studio). A PDF is
 * read away from the site, and Chromium would write such a link with the address of the local
 * server that printed it. So it names the site's public address (`data-site-origin` on the print
 * page's body), or keeps its words and links nowhere: when the site has no public address yet
 * (only the example one, which leads nowhere) and in a discreet edition (the address names the
 * subject).
 */
export function applySiteLinks(document: Document, discreet: boolean): void {
  const origin = document.body.dataset['siteOrigin'];
  for (const link of document.querySelectorAll('a[href^="/"]')) {
    const href = link.getAttribute('href') ?? '';
    if (origin && !discreet && !href.startsWith('//')) link.setAttribute('href', new URL(href, origin).href);
    else link.replaceWith(...link.childNodes);
  }
}
