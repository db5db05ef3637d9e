import { parseHTML } from 'linkedom';

/**
 * A small print source with the markup of the real one (workbook/print/PrintSource.astro
 * and workbook/print/components/Print*.astro): cover and back page with the provider block, the
 * contents with part groups and closing entries, an unnumbered introduction and three numbered
 * chapters (article paragraph, a prompt with writing lines), the facilitator guide, two Notes
 * pages. For in-page code that needs the DOM but not layout; parsed with linkedom.
 */
export function printSource(): Document {
  return parseHTML(`<!doctype html>
<html lang="en" data-paper="letter">
  <head><title>Workbook</title><style id="page-setup"></style></head>
  <body>
    <section class="print-cover" id="cover">
      <h1 class="print-cover__title" id="cover-title">Rebuilding Trust</h1>
      ${provider()}
    </section>
    <nav class="print-contents" id="contents" aria-labelledby="contents-title">
      <h1 id="contents-title">Contents</h1>
      <div class="print-contents__group" data-part>
        <ol role="list">${entry('introduction', 'Introduction')}</ol>
      </div>
      <div class="print-contents__group" data-part="Facing what happened">
        <p class="print-contents__part">Facing what happened</p>
        <ol role="list">${entry('pain', 'The pain', 1)}${entry('owning', 'Owning it', 2)}</ol>
      </div>
      <div class="print-contents__group" data-part="Talking again">
        <p class="print-contents__part">Talking again</p>
        <ol role="list">${entry('talking', 'Talking', 3)}</ol>
      </div>
      <ol role="list">
        <li data-edition="facilitator"><a href="#facilitator-guide">
          <span class="print-contents__title">Facilitator guide</span>
          <span class="print-contents__page" data-page-of="facilitator-guide"></span></a></li>
        <li><a href="#notes">
          <span class="print-contents__title">Notes</span>
          <span class="print-contents__page" data-page-of="notes"></span></a></li>
      </ol>
    </nav>
    ${chapter('introduction', 'Introduction', undefined, 4)}
    ${chapter('pain', 'The pain', 1, 6)}
    ${chapter('owning', 'Owning it', 2, 5)}
    ${chapter('talking', 'Talking', 3, 8)}
    <section class="print-closing print-facilitator" id="facilitator-guide" data-edition="facilitator">
      <h1 id="facilitator-guide-title">Facilitator guide</h1>
    </section>
    <section class="print-closing print-notes" id="notes"><h1 id="notes-title">Notes</h1></section>
    <section class="print-closing print-notes" id="notes-2"><h1 id="notes-2-title">Notes</h1></section>
    <section class="print-back" aria-label="Back page">${provider()}</section>
    <script type="module" src="/_astro/print-runtime.js"></script>
  </body>
</html>`).document;
}

function provider(): string {
  return `<div class="print-provider" data-edition="provider">
    <p class="print-provider__by" data-edition="provided-by">Provided by <span data-edition="practice"></span></p>
    <p class="print-provider__contact" data-edition="contact"></p>
  </div>`;
}

function entry(id: string, title: string, number?: number): string {
  return `<li data-chapter="${id}"${number === undefined ? '' : ` data-number="${number}"`}>
    <a href="#${id}">
      <span class="print-contents__title">${number === undefined ? '' : `<span class="print-contents__number">${number}</span>`}${title}</span>
      <span class="print-contents__page" data-page-of="${id}"></span>
    </a></li>`;
}

/** A chapter with one prompt for both partners: two writing blocks of `lines` lines, two kept with the label. */
function chapter(id: string, title: string, number: number | undefined, lines: number): string {
  const writing = (partner: string) => `<div class="writing" data-lines="${lines}">
      <div class="writing__keep"><p class="writing__label">${partner}</p>${line().repeat(2)}</div>${line().repeat(lines - 2)}
    </div>`;
  return `<section class="print-chapter" id="${id}" data-chapter="${id}"${number === undefined ? '' : ` data-number="${number}"`} data-part-start>
    <header class="print-chapter__opener"><h1 id="${id}-title">${title}</h1></header>
    <div class="print-chapter__text">
      <p>The article's paragraph of ${title}.</p>
      <section class="print-additions" id="${id}-reflections">
        <h2 class="print-additions__title" id="${id}-reflections-title">Your reflections</h2>
        <div class="print-reflection" id="${id}-prompt-1" data-for="both">
          <div class="print-reflection__head"><div class="print-reflection__prompt"><p>A prompt about ${title}.</p></div></div>
          ${writing('Partner A')}${writing('Partner B')}
        </div>
      </section>
    </div>
  </section>`;
}

function line(): string {
  return '<div class="writing__line" aria-hidden="true"></div>';
}

/** Texts of the elements matching `selector`, whitespace collapsed. */
export function textsOf(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((element) => element.textContent.replace(/\s+/g, ' ').trim());
}
