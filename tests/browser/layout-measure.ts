import type { Page } from 'playwright-core';

export interface Measure {
  characters: number;
  lines: number;
  perLine: number;
}

/**
 * Characters per line of the first `.article-text > p`: its text length (white space collapsed)
 * divided by its line boxes, counted as the distinct tops of a Range's client rects over its text.
 */
export async function firstParagraphMeasure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const paragraph = document.querySelector('.article-text > p');
    if (paragraph === null) throw new Error('no .article-text > p on this page');
    const range = document.createRange();
    const tops: number[] = [];
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        // Text of another size or face on the same line may sit a few pixels higher or lower.
        if (!tops.some((top) => Math.abs(top - rect.top) < rect.height / 2)) tops.push(rect.top);
      }
    }
    const characters = paragraph.textContent.replace(/\s+/g, ' ').trim().length;
    return { characters, lines: tops.length, perLine: tops.length === 0 ? 0 : characters / tops.length };
  });
}
