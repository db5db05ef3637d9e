import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookletMargins, bookMargins } from '../../workbook/page/page-margins.ts';
import { squash } from '../support/compare-text.ts';
import { nameRenderer, type RenderedNames } from './render-names.ts';

const pointsPerMm = 72 / 25.4;
/** Above and below, text may reach into the margins (running heads, folios), not off the sheet. */
const EDGE_PT = 2;

// 80 characters with no break opportunity, in capitals: far wider than the page.
const practice = 'PAARBERATUNGSSTELLE'.repeat(4) + 'NORD';
const url = 'https://www.example-counselling.org/couples/workbook-session'; // 60, the most a line takes
const email = 'appointments.and.enquiries@example-counselling-practice.org';

interface PlacedText {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
  width: number;
  height: number;
}

/** Every piece of text pdf.js finds, with its box in the page's coordinates. */
async function placedText(pdf: Uint8Array): Promise<PlacedText[]> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const placed: PlacedText[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        placed.push({
          page: number,
          text: item.str,
          left: x - x0,
          right: x + item.width - x0,
          bottom: y - y0,
          top: y + item.height - y0,
          width: x1 - x0,
          height: y1 - y0,
        });
      }
    }
    return placed;
  } finally {
    await document.loadingTask.destroy();
  }
}

/** A4 pages, and US Letter booklet sheets: two half-size pages side by side, the tightest fit. */
describe.each(['a4', 'letter'] as const)('long names on %s', (paper) => {
  const booklet = paper === 'letter';
  // Left and right, text stays within the page's narrower margin (the outer one, or the gutter).
  const margins = booklet ? bookletMargins : bookMargins;
  const side = Math.min(margins.inner, margins.outer) * pointsPerMm - 1;
  let renderer: Awaited<ReturnType<typeof nameRenderer>> | undefined;
  let rendered: RenderedNames;
  beforeAll(async () => {
    expect(practice).toHaveLength(80);
    expect(url.length).toBeLessThanOrEqual(60);
    renderer = await nameRenderer();
    rendered = await renderer.render({
      paper,
      practice,
      contact: `${url} | ${email}`,
      chapters: '1',
      booklet: paper === 'letter',
    });
  }, 300_000);
  afterAll(async () => {
    await renderer?.close();
  });

  it('wraps an unbroken 80-character name, a long address and a long e-mail inside the page’s margins', async () => {
    const outside = (await placedText(rendered.pdf)).filter(
      (item) =>
        item.left < side ||
        item.right > item.width - side ||
        item.bottom < EDGE_PT ||
        item.top > item.height - EDGE_PT ||
        // On a booklet sheet, nothing crosses the fold into the facing page.
        (booklet && item.left < item.width / 2 - 0.5 && item.right > item.width / 2 + 0.5),
    );
    expect(
      outside.map(
        (item) =>
          `page ${item.page}: “${item.text}” at ${item.left.toFixed(1)}–${item.right.toFixed(1)} of ${item.width.toFixed(1)}`,
      ),
    ).toEqual([]);
  });

  it('still prints each of them whole, on the cover and the back page', () => {
    const { pages } = rendered;
    // A booklet's first sheet side holds both: the back page on the left, the cover on the right.
    const cover = pages[0] ?? '';
    const back = booklet ? cover : (pages.at(-1) ?? '');
    for (const text of [practice, url, email]) {
      expect(squash(cover).split(squash(text)).length - 1, text).toBe(booklet ? 2 : 1);
      expect(squash(back)).toContain(squash(text));
    }
  });
});
