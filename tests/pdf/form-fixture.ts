import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import type { FormFieldBox, FormFieldKind } from '../../workbook/contracts/form-fields.ts';
import type { PdfMeta } from '../../workbook/pdf/postprocess.ts';

/** The fixture's page: 6 × 8 in, no margins, so a box's CSS position on its page is its page position. */
export const FIXTURE_PAGE = { widthPx: 576, heightPx: 768 };
const LINE_PITCH_PX = 32;

/** The fixture's document details, as post-processing sets them. */
export const FIXTURE_META = {
  title: 'Form fixture',
  author: 'Fixture Author',
  subject: 'Form test',
  keywords: ['fixture'],
  creator: 'workbook tests',
  producer: 'Chromium + pdf-lib',
  language: 'en-US',
  date: new Date('2025-01-01T00:00:00Z'),
} satisfies PdfMeta;

const literata = readFileSync(
  createRequire(import.meta.url).resolve('@fontsource/literata/files/literata-latin-400-normal.woff2'),
).toString('base64');

/*
 * Two pages like the workbook's: a prompt over ruled lines, a name line; then a table to fill and
 * a checklist. Each writing area carries data-field (name and kind) and data-tooltip, and is
 * measured from the laid-out page the way the print runtime measures the book's.
 */
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Form fixture</title>
<style>
  @font-face { font-family: Fixture; src: url(data:font/woff2;base64,${literata}) format('woff2'); }
  @page { size: 6in 8in; margin: 0; }
  html, body { margin: 0; font: 11pt/1.4 Fixture; }
  section { box-sizing: border-box; height: ${FIXTURE_PAGE.heightPx}px; padding: 48px; break-after: page; }
  .lines > div { height: ${LINE_PITCH_PX}px; box-sizing: border-box; border-bottom: 0.5pt solid #777; }
  .name { display: inline-block; width: 200px; height: 28px; border-bottom: 0.5pt solid #777; vertical-align: bottom; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 0.5pt solid #777; padding: 0; text-align: start; }
  td { height: 36px; }
  ul { list-style: none; padding: 0; }
  li { display: flex; gap: 8px; align-items: center; margin-block: 6px; }
  .box { width: 14px; height: 14px; border: 1px solid #000; flex: none; }
</style></head>
<body>
<section>
  <h1>Noticing</h1>
  <p>What did you notice this week that helped you feel safer?</p>
  <div class="lines" data-field="noticing.safer|multiline" data-tooltip="What helped you feel safer this week?">
    <div></div><div></div><div></div><div></div><div></div>
  </div>
  <p>Something you would like to say to your partner:</p>
  <div class="lines" data-field="noticing.say|multiline" data-tooltip="Something to say to your partner">
    <div></div><div></div><div></div>
  </div>
  <p>Your name: <span class="name" data-field="noticing.name|text" data-tooltip="Your name"></span></p>
</section>
<section>
  <h2>Check-in</h2>
  <table>
    <thead><tr><th>Day</th><th>What happened</th><th>What helped</th></tr></thead>
    <tbody>
      <tr><td data-field="check-in.r1.c1|text" data-tooltip="Row 1: Day"></td><td data-field="check-in.r1.c2|text" data-tooltip="Row 1: What happened"></td><td data-field="check-in.r1.c3|text" data-tooltip="Row 1: What helped"></td></tr>
      <tr><td data-field="check-in.r2.c1|text" data-tooltip="Row 2: Day"></td><td data-field="check-in.r2.c2|text" data-tooltip="Row 2: What happened"></td><td data-field="check-in.r2.c3|text" data-tooltip="Row 2: What helped"></td></tr>
    </tbody>
  </table>
  <h2>Before you talk</h2>
  <ul>
    <li><span class="box" data-field="ready.1|checkbox" data-tooltip="We have an hour without interruptions"></span>We have an hour without interruptions.</li>
    <li><span class="box" data-field="ready.2|checkbox" data-tooltip="We both agreed to talk today"></span>We both agreed to talk today.</li>
    <li><span class="box" data-field="ready.3|checkbox" data-tooltip="We know how to pause"></span>We know how to pause.</li>
  </ul>
</section>
</body></html>`;

export interface FormFixture {
  /** Chromium's tagged PDF, before post-processing. */
  pdf: Uint8Array;
  fields: FormFieldBox[];
}

/** Prints the fixture with the project's Chromium (tagged, with an outline) and measures its writing areas. */
export async function renderFormFixture(browser: Browser): Promise<FormFixture> {
  // The viewport is the page's width, so the boxes measured on screen are the ones printed.
  const page = await browser.newPage({ viewport: { width: FIXTURE_PAGE.widthPx, height: FIXTURE_PAGE.heightPx } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    const fields = await page.evaluate(
      ({ pageHeight, pitch }) =>
        [...document.querySelectorAll<HTMLElement>('[data-field]')].map((element) => {
          const [name = '', kind = 'text'] = (element.dataset['field'] ?? '').split('|');
          const box = element.getBoundingClientRect();
          const top = box.top + window.scrollY;
          const pageIndex = Math.floor(top / pageHeight);
          return {
            name,
            kind: kind as FormFieldKind,
            page: pageIndex + 1,
            rect: { x: box.left, y: top - pageIndex * pageHeight, width: box.width, height: box.height },
            tooltip: element.dataset['tooltip'] ?? '',
            ...(kind === 'multiline' ? { linePitch: pitch } : {}),
          };
        }),
      { pageHeight: FIXTURE_PAGE.heightPx, pitch: LINE_PITCH_PX },
    );
    const pdf = new Uint8Array(await page.pdf({ tagged: true, outline: true, preferCSSPageSize: true }));
    return { pdf, fields };
  } finally {
    await page.close();
  }
}
