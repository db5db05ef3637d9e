import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseWorkbookArgs } from '../../workbook/cli/parse-workbook-args.ts';
import { applyDiscreet } from '../../workbook/print/runtime/apply-discreet.ts';
import { applyReader } from '../../workbook/print/runtime/apply-reader.ts';
import { discreetInfo } from '../../workbook/guard/discreet-info.ts';
import { editionSettingsFromQuery, editionQuery } from '../../workbook/edition/edition-query.ts';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { readerExpectations } from '../../workbook/guard/reader-expectations.ts';
import { findRevealingText } from '../../workbook/guard/discreet-outside.ts';
import { findPartnerLabels } from '../../workbook/guard/partner-labels.ts';
import { checkSafetyFirst } from '../../workbook/guard/safety-first.ts';

/* The two edition settings of issue 9 on tiny inputs; the real renders are in tests/cli. */

const page = `<!doctype html><html><head><title>Rebuilding Trust After Infidelity</title></head><body>
<h1 class="print-cover__title" data-discreet-title="Our workbook">Rebuilding Trust After Infidelity</h1>
<p data-copy="couple">Partner A</p><p data-copy="personal">This copy belongs to</p>
<div class="print-reflection print-reflection--page" id="hurt-prompt" data-for="hurt" data-answer="own-copy"><p>hurt prompt</p>
  <p class="print-own-copy" data-copy="couple" data-own-copy-template="On page {page:hurt}.">In your own copy.</p><div class="writing"></div></div>
<div class="print-reflection" id="involved-prompt" data-for="involved" data-answer="own-copy"><p>involved prompt</p>
  <p class="print-own-copy" data-copy="couple" data-own-copy-template="On page {page:involved}.">In your own copy.</p><div class="writing"></div></div>
<div class="print-reflection" id="both-prompt" data-for="both" data-answer="own-copy"><p>both prompt</p>
  <p class="print-own-copy" data-copy="couple" data-own-copy-template="Pages {page:hurt} and {page:involved}.">In your own copies.</p><div class="writing"></div></div>
<section class="print-exercise" id="involved-exercise" data-for="involved" data-answer="own-copy" data-checklist="A check">involved exercise
  <p class="print-own-copy" data-copy="couple" data-own-copy-template="On page {page:involved}.">In your own copy.</p><table class="print-table"></table></section>
<section class="print-exercise" id="joint" data-for="both"><p>joint exercise</p><div class="signatures"></div></section>
<span data-personal-text="Your signature">Partner A: signature</span>
<p data-discreet="remove">Read the guide at rebuilding-trust.example.org</p>
</body></html>`;

const text = (document: Document) => document.body.textContent.replace(/\s+/g, ' ').trim();

describe('applyReader', () => {
  it('gives the shared book the space of joint exercises only, every prompt pointing to its own copies', () => {
    const { document } = parseHTML(page);
    applyReader(document, 'couple');
    expect(text(document)).toContain('involved prompt');
    expect(text(document)).toContain('involved exercise');
    expect(document.querySelectorAll('.writing, .print-table')).toHaveLength(0);
    expect(document.querySelectorAll('#joint > .signatures')).toHaveLength(1);
    // A prompt without space is a paragraph: no page of its own, no boxes to tick.
    expect(document.querySelector('.print-reflection--page')).toBeNull();
    expect(document.querySelector('[data-checklist]')).toBeNull();
    expect(document.querySelectorAll('.print-own-copy')).toHaveLength(4);
    expect(text(document)).toContain('In your own copies.');
    expect(text(document)).not.toContain('This copy belongs to');
  });

  it('names the page in each reader’s own copy when it is known, and none when one is missing', () => {
    const { document } = parseHTML(page);
    applyReader(document, 'couple', { hurt: { 'hurt-prompt': 7, 'both-prompt': 9 }, involved: { 'both-prompt': 12 } });
    const pointers = [...document.querySelectorAll('.print-own-copy')].map((pointer) => pointer.textContent);
    expect(pointers).toEqual(['On page 7.', 'In your own copy.', 'Pages 9 and 12.', 'In your own copy.']);
  });

  it('makes a personal copy: its reader’s and both partners’ prompts, one unlabelled block each', () => {
    const { document } = parseHTML(page);
    applyReader(document, 'hurt');
    const all = text(document);
    expect(all).toContain('hurt prompt');
    expect(all).toContain('both prompt');
    expect(all).not.toContain('involved prompt');
    expect(all).not.toContain('involved exercise');
    expect(all).not.toMatch(/Partner [AB]/);
    expect(all).toContain('This copy belongs to');
    expect(all).toContain('Your signature');
    expect(all).not.toContain('In your own copy');
    expect(document.querySelectorAll('.writing')).toHaveLength(2);
  });
});

describe('applyDiscreet', () => {
  it('puts the neutral title wherever the book’s title shows outside, and in the document title', () => {
    const { document } = parseHTML(page);
    applyDiscreet(document);
    expect(document.querySelector('.print-cover__title')?.textContent).toBe('Our workbook');
    expect(document.title).toBe('Our workbook');
    expect(text(document)).not.toContain('rebuilding-trust.example.org');
  });

  it('gives the PDF the neutral title and no author, subject, keywords or creator that could name the book', () => {
    const info = discreetInfo(
      {
        title: 'Rebuilding Trust After Infidelity: Workbook',
        author: 'Rebuilding Trust project',
        subject: 'A workbook for couples, Letter',
        keywords: ['infidelity', 'trust'],
        creator: 'Rebuilding Trust workbook renderer (Paged.js, Chromium)',
        producer: 'pdf-lib',
      },
      'Ours',
    );
    expect(info).toEqual({
      title: 'Ours',
      author: '',
      subject: '',
      keywords: [],
      creator: 'Paged.js (Chromium)',
      producer: 'pdf-lib',
    });
  });
});

describe('a personal copy names its reader “you”', () => {
  const labelled = `<!doctype html><html><body>
<p class="print-cover__copy" data-copy="personal" data-copy-of="hurt">Copy A</p>
<p class="print-cover__copy" data-copy="personal" data-copy-of="involved">Copy B</p>
<div class="print-reflection" data-for="hurt"><p class="print-reflection__for" data-personal-text="For you">For the hurt one</p></div>
<div class="print-reflection" data-for="both"><p class="print-reflection__for">For both of you</p></div>
<section class="print-exercise" data-for="hurt"><p class="print-exercise__kind">Exercise · <span data-personal-text="For you">For the hurt one</span></p></section>
<div class="signatures"><p data-fill="text" data-fill-tip="Pact, signature" data-fill-partner="hurt"
  data-fill-own-tip="Pact: your signature" data-fill-other-tip="Pact: your partner’s signature">
  <span class="signatures__caption" data-signer="hurt">The hurt one: signature</span></p>
<p data-fill="text" data-fill-tip="Pact, signature" data-fill-partner="involved"
  data-fill-own-tip="Pact: your signature" data-fill-other-tip="Pact: your partner’s signature">
  <span class="signatures__caption" data-signer="involved">The other one: signature</span></p></div>
</body></html>`;

  it('keeps its own copy letter, says “For you” and signs as “you”; the shared book keeps the roles', () => {
    const { document } = parseHTML(labelled);
    applyReader(document, 'hurt');
    expect(text(document)).toBe(
      'Copy A For you For both of you Exercise · For you Your signature Your partner’s signature',
    );
    // A fillable copy's tooltip on the line says the same, whole: no role goes before it.
    const tips = (page: Document) =>
      [...page.querySelectorAll('[data-fill-partner]')].map((line) => [
        line.getAttribute('data-fill-tip'),
        line.hasAttribute('data-fill-owner-named'),
      ]);
    expect(tips(document)).toEqual([
      ['Pact: your signature', true],
      ['Pact: your partner’s signature', true],
    ]);
    const other = parseHTML(labelled).document;
    applyReader(other, 'involved');
    expect(tips(other)).toEqual([
      ['Pact: your partner’s signature', true],
      ['Pact: your signature', true],
    ]);
    expect(text(other)).toMatch(/^Copy B For both of you Your partner’s signature Your signature$/);
    const shared = parseHTML(labelled).document;
    applyReader(shared, 'couple');
    expect(text(shared)).toBe(
      'For the hurt one For both of you Exercise · For the hurt one The hurt one: signature The other one: signature',
    );
    expect(tips(shared)).toEqual([
      ['Pact, signature', false],
      ['Pact, signature', false],
    ]);
  });
});

describe('the guards', () => {
  const chapter = {
    id: 'one',
    title: 'One',
    articleText: [],
    prompts: [
      { id: 'p1', for: 'hurt' as const, text: 'For the hurt partner.' },
      { id: 'p2', for: 'involved' as const, text: 'For the other partner.' },
      { id: 'p3', for: 'both' as const, text: 'For both.' },
    ],
    exercises: [
      { id: 'e1', for: 'involved' as const, title: 'Log', blocks: ['Write it down.'], layout: 'lines' as const },
    ],
  };

  it('expect exactly a personal copy’s prompts and refuse the other partner’s', () => {
    const { chapters, forbidden } = readerExpectations([chapter], 'hurt');
    expect(chapters[0]?.prompts.map((prompt) => prompt.id)).toEqual(['p1', 'p3']);
    expect(chapters[0]?.exercises).toEqual([]);
    expect(forbidden).toEqual(['For the other partner.', 'Write it down.']);
    expect(readerExpectations([chapter], 'couple')).toEqual({ chapters: [chapter], forbidden: [] });
  });

  it('find the shared book’s partner labels, and not a word that starts like one', () => {
    expect(
      findPartnerLabels([
        'PARTNER A',
        'a Partner Agreement; give your partner a note',
        'Partner B: signature Partner B',
      ]),
    ).toEqual(['page 1 says “PARTNER A”', 'page 3 says “Partner B”']);
  });

  it('name each outside place that gives the subject away', () => {
    expect(findRevealingText({ cover: 'Our workbook', 'the PDF title': 'After the Affair: cheating' })).toEqual([
      'the PDF title says “affair”, “cheat”',
    ]);
  });

  it('find safety sections printed after the contents', () => {
    const outline = [{ title: 'Contents', pageNumber: 3, depth: 0 }];
    const safety = [{ id: 'a', title: 'Time-outs' }];
    expect(checkSafetyFirst(safety, ['Cover', 'Time-outs', 'Contents'], outline)).toEqual([]);
    expect(checkSafetyFirst(safety, ['Cover', 'Imprint', 'Contents', 'Time-outs'], outline)).toHaveLength(1);
  });
});

describe('the address and the command line', () => {
  it('write a personal, discreet copy as for=hurt&discreet=1 and read it back', () => {
    const edition = editionSchemaFor({ chapterCount: 10 }).parse({ for: 'hurt', discreet: true });
    expect(editionQuery(edition)).toBe('for=hurt&discreet=1');
    expect(editionSchemaFor({ chapterCount: 10 }).parse(editionSettingsFromQuery('for=hurt&discreet=1'))).toEqual(
      edition,
    );
    expect(editionQuery(editionSchemaFor({ chapterCount: 10 }).parse({}))).toBe('');
  });

  it('take --for and --discreet', () => {
    const args = parseWorkbookArgs(['--for', 'involved', '--discreet', '--out', 'u.pdf'], () => ({
      chapterCount: 10,
    }));
    expect(args.help === false && [args.edition.for, args.edition.discreet]).toEqual(['involved', true]);
  });
});
