import type { ChapterChoice } from '../../edition/edition-field-kinds.ts';
import type { EditionOptions } from '../../edition/edition-schema.ts';
import { bookletCss, bookletPages } from '../../page/booklet-pages.ts';
import { bookletMargins, bookMargins } from '../../page/page-margins.ts';
import { paperSizes, type PaperId } from '../../page/paper-sizes.ts';
import { applyCounselorPage } from './apply-counselor-page.ts';
import { applyDiscreet } from './apply-discreet.ts';
import { applyReader } from './apply-reader.ts';
import { largePrint } from '../../page/large-print.ts';
import { printShopLine } from '../print-shop-line.ts';
import type { OwnCopyPages } from '../../edition/own-copy-pages.ts';
import { applySiteLinks } from './site-links.ts';
import { keepCompoundsWhole } from './keep-compounds-whole.ts';

/** Writing space per prompt: spacing between rules and how many rules, relative to the chapter's own count. */
export const lineDensities = {
  compact: { gapMm: 7, factor: 0.75 },
  standard: { gapMm: 8.5, factor: 1 },
  roomy: { gapMm: 9, factor: 1.5 },
} as const satisfies Record<EditionOptions['lines'], unknown>;

/**
 * Turns the standard print source into one edition, in the page, before Paged.js paginates it:
 * removes chapters not chosen (and their contents entries), the article's text for a prompts-only
 * handout (and the wording that describes it, or its absence), the facilitator guide unless asked for; sets the practice's name as text, and its page for
 * its clients (apply-counselor-page.ts), its logo on the cover; respaces the
 * writing lines; sets booklet pages; makes a personal copy (apply-reader.ts) or a discreet one
 * (apply-discreet.ts); points links to the site's pages at its public address or drops them
 * (site-links.ts). Every name is set with textContent only.
 */
export function applyEdition(document: Document, edition: EditionOptions, ownCopyPages?: OwnCopyPages): void {
  const root = document.documentElement;
  const paper = root.dataset['paper'] as PaperId | undefined;
  if (paper !== edition.paper) {
    throw new Error(`This print page is set for ${paper ?? 'no'} paper; the edition is for ${edition.paper}`);
  }
  keepChapters(document, edition.chapters);
  // Type, spacing and the font stack follow from this (styles/large-print.css): the pages are
  // re-set, not enlarged, so Paged.js breaks them afresh.
  if (edition.largePrint) root.dataset['largePrint'] = '';
  if (edition.promptsOnly) {
    for (const paragraph of document.querySelectorAll('.print-chapter__text > p')) paragraph.remove();
    root.dataset['promptsOnly'] = '';
    // Paged.js applies break rules to the book's content alone, where no `html[…]` selector
    // matches: the flowing chapters are marked themselves (flow-handout.ts).
    for (const section of document.querySelectorAll<HTMLElement>('.print-chapter, .print-tracker')) {
      section.dataset['flow'] = '';
    }
  }
  // Wording that holds only with the article's text, or only without it.
  for (const element of document.querySelectorAll(
    `[data-edition="${edition.promptsOnly ? 'with-article' : 'prompts-only'}"]`,
  )) {
    element.remove();
  }
  if (!edition.facilitator) {
    for (const element of document.querySelectorAll('[data-edition="facilitator"]')) element.remove();
  }
  applyReader(document, edition.for, ownCopyPages);
  for (const line of document.querySelectorAll('[data-print-shop-line]')) {
    if (edition.printShop) line.textContent = printShopLine(edition);
    else line.remove();
  }
  if (edition.discreet) applyDiscreet(document);
  applySiteLinks(document, edition.discreet);
  setProvider(document, edition);
  applyCounselorPage(document, edition);
  respaceLines(document, lineGapMm(edition), lineDensities[edition.lines].factor, fullPageLines(edition));
  if (edition.booklet) {
    root.dataset['booklet'] = '';
    // Replace the page set-up in place, so the @page rules keep their order (Paged.js resolves
    // :first and named pages against the rules that come after them).
    const setup = document.getElementById('page-setup');
    if (!setup) throw new Error('The print page has no #page-setup style to set booklet pages in');
    setup.textContent = bookletCss(edition.paper);
  }
  // Last, so the names and notes set above are kept whole too.
  if (edition.largePrint) keepCompoundsWhole(document);
}

function keepChapters(document: Document, chapters: ChapterChoice): void {
  if (chapters === 'all') return;
  const keep = new Set(chapters.map(String));
  for (const chapter of document.querySelectorAll<HTMLElement>('.print-chapter[data-number]')) {
    if (!keep.has(chapter.dataset['number'] ?? '')) chapter.remove();
  }
  for (const entry of document.querySelectorAll<HTMLElement>('.print-contents li[data-number]')) {
    if (!keep.has(entry.dataset['number'] ?? '')) entry.remove();
  }
  // A part whose chapters are all left out disappears from the contents with them.
  for (const group of document.querySelectorAll('.print-contents__group')) {
    if (!group.querySelector('li')) group.remove();
  }
}

function setProvider(document: Document, edition: EditionOptions): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-edition="provider"]')) {
    const logoHere = edition.logo !== '' && block.closest('.print-cover') !== null;
    if (!edition.practice && edition.contact.length === 0 && !logoHere) {
      block.remove();
      continue;
    }
    const name = block.querySelector('[data-edition="practice"]');
    if (name) name.textContent = edition.practice;
    const contact = block.querySelector('[data-edition="contact"]');
    if (contact) {
      contact.replaceChildren(
        ...edition.contact.map((line) => {
          const element = document.createElement('span');
          element.className = 'print-provider__line';
          element.textContent = line;
          return element;
        }),
      );
    }
    if (!edition.practice) block.querySelector('[data-edition="provided-by"]')?.remove();
    if (logoHere) block.prepend(logoImage(document, edition.logo, edition.logoAlt));
  }
}

/**
 * The practice's logo, beside its name on the cover. The value is a data: URL the schema checked
 * (workbook/logo/logo-image.ts: a PNG, JPEG or sanitised SVG), set through DOM properties only;
 * an image loads nothing else and runs no script. Its alt text puts it in the PDF's structure tree
 * as a Figure with that text. Its box is fixed (closing.css), so the layout never waits on it.
 */
function logoImage(document: Document, dataUrl: string, alt: string): HTMLImageElement {
  const image = document.createElement('img');
  image.className = 'print-provider__logo';
  image.alt = alt;
  image.src = dataUrl;
  return image;
}

/**
 * What a prompt's heading may take at the top of its page (its label and up to six lines of
 * prompt, more on a booklet's narrower page): a full page of writing space is the rest of it.
 */
const fullPageHeadMm = { book: 40, booklet: 52 } as const;

/** The edition's line pitch: its writing space's, or large print's wider one for a thick pen. */
export function lineGapMm(edition: Pick<EditionOptions, 'lines' | 'largePrint'>): number {
  return edition.largePrint ? largePrint.lineGapMm[edition.lines] : lineDensities[edition.lines].gapMm;
}

/** How many ruled lines fill a page below a prompt's heading, on this edition's page at its line pitch. */
export function fullPageLines(edition: Pick<EditionOptions, 'paper' | 'booklet' | 'lines' | 'largePrint'>): number {
  const margins = edition.booklet ? bookletMargins : bookMargins;
  const pageMm = edition.booklet ? bookletPages[edition.paper].heightMm : paperSizes[edition.paper].heightMm;
  const headMm = edition.largePrint
    ? largePrint.fullPageHeadMm
    : edition.booklet
      ? fullPageHeadMm.booklet
      : fullPageHeadMm.book;
  return Math.floor((pageMm - margins.top - margins.bottom - headMm) / lineGapMm(edition));
}

function respaceLines(document: Document, gapMm: number, factor: number, pageLines: number): void {
  document.documentElement.style.setProperty('--wb-line-gap', `${gapMm}mm`);
  for (const writing of document.querySelectorAll<HTMLElement>('.writing[data-lines]')) {
    const fullPage = writing.hasAttribute('data-full-page');
    if (factor === 1 && !fullPage) continue;
    const wanted = fullPage ? pageLines : Math.max(3, Math.round(Number(writing.dataset['lines']) * factor));
    const lines = writing.querySelectorAll(':scope > .writing__line');
    const kept = writing.querySelectorAll('.writing__keep > .writing__line').length;
    const current = kept + lines.length;
    for (let count = current; count > wanted; count -= 1) lines[count - kept - 1]?.remove();
    for (let count = current; count < wanted; count += 1) {
      const line = document.createElement('div');
      line.className = 'writing__line';
      line.setAttribute('aria-hidden', 'true');
      writing.append(line);
    }
  }
}
