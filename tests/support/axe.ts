import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.0–2.2 A and AA rules: the level the site promises. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  /** The rule, e.g. "color-contrast". */
  id: string;
  /** What the rule asks for, in axe's words. */
  help: string;
  /** Each offending element's selector, as JSON. */
  targets: string[];
}

/**
 * Runs axe-core's WCAG 2.2 AA rules on the page as it is laid out now, injecting axe first if
 * the page does not have it yet. `iframes: false` stops the scan at a frame's border (the studio's
 * preview frame holds the print source, not a page to read).
 */
export async function axeViolations(
  page: Page,
  { iframes = true }: { iframes?: boolean } = {},
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    async ({ tags, iframes }) => {
      interface AxeResult {
        violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
      }
      const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } };
      const results = await axe.run(document, {
        iframes,
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        targets: v.nodes.map((node) => JSON.stringify(node.target)),
      }));
    },
    { tags: WCAG_22_AA, iframes },
  );
}
