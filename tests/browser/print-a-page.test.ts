import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

/*
 * A reading page printed from the browser: margins a home printer can reach; no address at the end
 * while the site has only the example one, which leads nowhere (a real one: tests/pdf/build/subpath.test.ts).
 */
const site = useSite();
const pointsPerMm = 72 / 25.4;

describe('printing a chapter from the browser', () => {
  it('keeps every line at least 15 mm from the paper’s edges and prints no example address', async () => {
    const pdf = await site.withPage({}, async (page) => {
      await page.goto(site.url('/patience/'));
      return page.pdf({ format: 'Letter' });
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    let text = '';
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const x = item.transform[4] as number;
        const y = item.transform[5] as number;
        expect(x, `“${item.str}” on page ${number}`).toBeGreaterThanOrEqual(15 * pointsPerMm);
        expect(x + item.width, `“${item.str}” on page ${number}`).toBeLessThanOrEqual(width - 15 * pointsPerMm);
        expect(y, `“${item.str}” on page ${number}`).toBeGreaterThanOrEqual(15 * pointsPerMm);
        expect(y, `“${item.str}” on page ${number}`).toBeLessThanOrEqual(height - 15 * pointsPerMm);
        text += `${item.str} `;
      }
    }
    await document.loadingTask.destroy();
    expect(text.replace(/\s+/g, ' ')).toContain('Being Patient');
    expect(text).not.toContain('Printed from');
    expect(text).not.toContain('example.org');
  });
});

describe('printing /book/, the whole guide', () => {
  it('is a plain printout: no navigation or quick exit, each chapter on a new page, within the margins', async () => {
    const pdf = await site.withPage({}, async (page) => {
      await page.goto(site.url('/book/'));
      return page.pdf({ format: 'Letter' });
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const pageTexts: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width } = page.getViewport({ scale: 1 });
      let text = '';
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const x = item.transform[4] as number;
        expect(x, `“${item.str}” on page ${number}`).toBeGreaterThanOrEqual(15 * pointsPerMm);
        expect(x + item.width, `“${item.str}” on page ${number}`).toBeLessThanOrEqual(width - 15 * pointsPerMm);
        text += `${item.str} `;
      }
      pageTexts.push(text.replace(/\s+/g, ' ').trim());
    }
    await document.loadingTask.destroy();
    const all = pageTexts.join(' ');
    for (const hidden of ['Exit this page', 'Skip to content', 'Every question for each of you']) {
      expect(all).not.toContain(hidden);
    }
    // Chapters 1–10 each open a page ("Chapter N of 10" is their first line).
    const openers = pageTexts.filter((text) => /^Chapter \d+ of \d+/.test(text)).length;
    expect(openers).toBe(10);
    expect(all).not.toContain('Printed from');
    expect(all).not.toContain('example.org');
  });
});
