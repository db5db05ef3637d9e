import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { editionSchemaFor } from '../../../workbook/edition/edition-schema.ts';
import { applyCounselorPage } from '../../../workbook/print/runtime/apply-counselor-page.ts';
import { sessionOnlyLine } from '../../../workbook/print/session-only.ts';

/** The Support page and two chapter openers, with the markup of PrintResources.astro and PrintChapter.astro. */
function page(): Document {
  return parseHTML(`<!doctype html><html><body>
    <section class="print-chapter" data-number="1"><header class="print-chapter__opener"><h1>One</h1></header></section>
    <section class="print-chapter" data-number="2"><header class="print-chapter__opener"><h1>Two</h1></header></section>
    <section class="print-resources" id="support-and-resources">
      <h2>Numbers and names for where we live</h2>
      <div data-edition="local-numbers-lines"><div class="writing"><div class="writing__line"></div></div></div>
      <dl class="print-resources__numbers" data-edition="local-numbers"></dl>
      <div data-edition="crisis-rule"><h2>If a crisis comes between sessions</h2><p data-edition="crisis-rule-text"></p></div>
      <div data-edition="secrets-policy"><h2>What is said</h2><p data-edition="secrets-policy-text"></p></div>
    </section>
  </body></html>`).document;
}

function applied(input: Record<string, unknown>): Document {
  const document = page();
  applyCounselorPage(document, editionSchemaFor({ chapterCount: 2 }).parse(input));
  return document;
}

describe('applyCounselorPage', () => {
  it('leaves a plain edition its lines to write numbers on, and none of the practice’s parts', () => {
    const document = applied({});
    expect(document.querySelectorAll('.writing')).toHaveLength(1);
    for (const part of ['local-numbers', 'crisis-rule', 'secrets-policy'])
      expect(document.querySelector(`[data-edition="${part}"]`), part).toBeNull();
    expect(document.querySelector('.print-chapter__session')).toBeNull();
  });

  it('prints the numbers as text in place of the lines, and the rule and policy under their headings', () => {
    const document = applied({
      localNumbers: 'Crisis <b>line</b>: 988 | Domestic abuse service: help.example.org',
      crisisRule: 'Call the crisis line first.',
      secretsPolicy: 'No secrets between partners.',
    });
    expect(document.querySelector('.writing'), 'no blank lines beside the numbers').toBeNull();
    const entries = [...document.querySelectorAll('.print-resources__numbers > *')];
    expect(entries.map((entry) => [entry.localName, entry.textContent])).toEqual([
      ['dt', 'Crisis <b>line</b>'],
      ['dd', '988'],
      ['dt', 'Domestic abuse service'],
      ['dd', 'help.example.org'],
    ]);
    expect(document.querySelector('.print-resources__numbers b')).toBeNull();
    expect(document.querySelector('[data-edition="crisis-rule-text"]')?.textContent).toBe(
      'Call the crisis line first.',
    );
    expect(document.querySelector('[data-edition="secrets-policy-text"]')?.textContent).toBe(
      'No secrets between partners.',
    );
  });

  it('marks only the chapters kept for sessions, under their title', () => {
    const document = applied({ sessionChapters: '2' });
    const marks = [...document.querySelectorAll('.print-chapter__session')];
    expect(marks.map((mark) => mark.closest('.print-chapter')?.getAttribute('data-number'))).toEqual(['2']);
    expect(marks[0]?.textContent).toBe(sessionOnlyLine);
    expect(marks[0]?.previousElementSibling?.localName).toBe('h1');
  });
});
