import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaOf } from '../../../workbook/guard/form-fields.ts';
import { readPdfText, type PdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { sessionOnlyLine } from '../../../workbook/print/session-only.ts';
import { requireDist } from '../../support/built-site.ts';
import { squash } from '../../support/compare-text.ts';
import { loadPdf } from '../../support/pdf-inspect.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/*
 * A counselor's page for their clients, through the CLI on a real render (one chapter, fillable so
 * the writing areas can be counted): the local numbers printed ready on the Support page where its
 * blank lines were, the rule for a crisis between sessions and the secrets policy under them, and
 * the session line on the opener of the chapter kept for sessions only.
 */

const out = useTempDir('workbook-cli-counselor-page');
const numbers = [
  ['Emergency', '911'],
  ['Crisis line, day and night', '+1 (800) 273-8255'],
  ['Domestic abuse service', 'help.example.org'],
] as const;
const crisisRule = 'If you feel unsafe before we meet, call the crisis line first, then leave me a message.';
const secretsPolicy = 'What one of you tells me alone I will not keep from the other for long.';

let text: PdfText;
let fieldAreas: Set<string>;

beforeAll(async () => {
  requireDist();
  const file = path.join(out(), 'counselor.pdf');
  const result = await runWorkbookCli([
    '--chapters',
    '2',
    '--session-chapters',
    '2',
    '--local-numbers',
    numbers.map(([label, value]) => `${label}: ${value}`).join(' | '),
    '--crisis-rule',
    crisisRule,
    '--secrets-policy',
    secretsPolicy,
    '--fillable',
    '--out',
    file,
  ]);
  expect(result.code, result.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(file));
  text = await readPdfText(bytes);
  const doc = await loadPdf(bytes);
  fieldAreas = new Set(
    doc
      .getForm()
      .getFields()
      .map((field) => areaOf({ name: field.getName() })),
  );
}, 240_000);

/** The Support page: the one that opens with its heading (the contents page only lists it). */
function supportPage(): string {
  const pages = text.pages.filter((page) => page.includes('Numbers and names for where we live'));
  expect(pages).toHaveLength(1);
  return squash(pages[0] ?? '');
}

describe('npm run workbook -- --local-numbers --crisis-rule --secrets-policy --session-chapters', () => {
  it('prints each local number, label and number together, on the Support page', () => {
    const page = supportPage();
    for (const [label, value] of numbers) expect(page).toContain(squash(`${label} ${value}`));
  });

  it('prints the numbers in place of the blank lines, so the page has no writing area left for them', () => {
    expect(fieldAreas.has('support-and-resources.numbers')).toBe(false);
    // The other fixed pages keep theirs: the fields were made, only this one was not needed.
    expect(fieldAreas.has('notes')).toBe(true);
  });

  it('prints the rule for a crisis between sessions and the secrets policy under their headings', () => {
    const page = supportPage();
    expect(page).toContain(squash(`If a crisis comes between sessions ${crisisRule}`));
    expect(page).toContain(squash(`What is said in an individual session ${secretsPolicy}`));
  });

  it('marks the chapter kept for sessions on its opener, and no other page', () => {
    const marked = text.pages
      .map((page, index) => [index, squash(page)] as const)
      .filter(([, page]) => page.includes(squash(sessionOnlyLine)));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.[1]).toMatch(/^chapter2·/i);
  });
});
