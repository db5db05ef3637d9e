import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/ui-strings.ts';
import { fillData } from '../../../workbook/print/writing-areas.ts';
import { continuedLabel, markWritingOwners, ownerAttribute } from '../../../workbook/print/runtime/writing-owners.ts';

/** A print page's writing areas, as the print components write them. */
const source = `
<div class="print-reflection" data-for="hurt">
  <div class="print-reflection__head"><p class="print-reflection__for">For the hurt one</p><p>A prompt?</p></div>
  <div class="writing" id="one"><div class="writing__keep"><div class="writing__line"></div></div></div>
</div>
<div class="print-reflection" data-for="both">
  <div class="print-reflection__head"><p class="print-reflection__for">For both of you</p><p>Another?</p></div>
  <div class="writing" id="two"><div class="writing__keep"><p class="writing__label">Partner A</p></div></div>
</div>
<section class="print-exercise"><div class="print-exercise__head"><h3>A letter</h3></div>
  <div class="writing" id="three"></div>
  <table class="print-table" id="four"><tbody><tr><td></td></tr></tbody></table>
</section>
<section class="print-closing"><h1>Our agreement</h1><h2>What we each commit to</h2><div class="writing" id="five"></div></section>`;

function owners(personal: boolean): Record<string, string | null> {
  const { document } = parseHTML(`<html><body>${source}</body></html>`);
  markWritingOwners(document, { personal });
  return Object.fromEntries(
    ['one', 'two', 'three', 'four', 'five'].map((id) => [
      id,
      document.getElementById(id)!.getAttribute(ownerAttribute),
    ]),
  );
}

describe('markWritingOwners', () => {
  it('names each area in the shared book as the page does: its label, the prompt’s reader, the exercise, the heading', () => {
    expect(owners(false)).toEqual({
      one: 'For the hurt one',
      two: 'Partner A',
      three: 'A letter',
      four: 'A letter',
      five: 'What we each commit to',
    });
  });

  it('names a prompt’s space in a personal copy neutrally, never by a role', () => {
    expect(owners(true).one).toBe(ui.ownAnswer);
  });
});

describe('continuedLabel', () => {
  it('says whose the rest is and stays outside the form field', () => {
    const { document } = parseHTML(
      '<html><body><div class="writing" data-owner="Your answer"></div><table class="print-table" data-owner="A letter"></table></body></html>',
    );
    const block = continuedLabel(document, document.querySelector('.writing')!);
    expect(block.textContent).toBe('Your answer (continued)');
    expect(block.hasAttribute(fillData.exclude)).toBe(true);
    expect(continuedLabel(document, document.querySelector('table')!).tagName).toBe('CAPTION');
  });
});
