import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listBuiltPages, listChapterPages } from '../support/built-site.ts';
import { open, useSite } from './site.ts';

/*
 * The site's CSS relies on one cascade-layer order, declared in src/styles/layers.css. A browser
 * orders layers by where each name first appears, so if that declaration is lost in the build a
 * page's own component CSS can land below the reset and lose to it (no space between paragraphs,
 * focus and forced-colours rules swapped). Checked in the browser, on every built page.
 */

const LAYERS_CSS = fileURLToPath(new URL('../../src/styles/layers.css', import.meta.url));
const declared = /@layer\s+([\w\s,-]+);/.exec(readFileSync(LAYERS_CSS, 'utf8'))?.[1];
const DECLARED_ORDER = (declared ?? '').split(',').map((name) => name.trim());

const pages = listBuiltPages();
const chapters = listChapterPages();
const site = useSite();

describe('cascade layers', () => {
  it('src/styles/layers.css declares the order', () => {
    expect(DECLARED_ORDER.length).toBeGreaterThan(1);
  });

  it('every page orders its layers as src/styles/layers.css declares', async () => {
    const wrong: string[] = [];
    await site.withPage({}, async (page) => {
      for (const { path } of pages) {
        await open(page, site.url(path));
        const order = await page.evaluate(() => {
          const names: string[] = [];
          const visit = (rules: CSSRuleList) => {
            for (const rule of rules) {
              if (rule instanceof CSSLayerStatementRule) names.push(...rule.nameList);
              else if (rule instanceof CSSLayerBlockRule) names.push(rule.name);
              else if (rule instanceof CSSGroupingRule) visit(rule.cssRules);
            }
          };
          for (const sheet of document.styleSheets) visit(sheet.cssRules);
          return [...new Set(names)];
        });
        const effective = order.filter((name) => DECLARED_ORDER.includes(name));
        const expected = DECLARED_ORDER.filter((name) => order.includes(name));
        if (effective.join() !== expected.join()) {
          wrong.push(`${path}: layers apply as ${order.join(' < ')}; declared ${DECLARED_ORDER.join(' < ')}`);
        }
      }
    });
    expect(wrong).toEqual([]);
  });

  it('paragraphs of a chapter are spaced apart (the component rule beats the reset)', async () => {
    const unspaced: string[] = [];
    await site.withPage({}, async (page) => {
      for (const { path } of chapters) {
        await open(page, site.url(path));
        const margin = await page
          .locator('.article-text > p')
          .first()
          .evaluate((p) => getComputedStyle(p).marginBlockEnd);
        if (parseFloat(margin) <= 0) unspaced.push(`${path}: .article-text > p has margin-block-end ${margin}`);
      }
    });
    expect(unspaced).toEqual([]);
  });
});
