import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { open, useSite } from './site.ts';
import { previewStatus } from '../support/studio-preview.ts';

/*
 * The studio and the fonts: a character no bundled font covers is named beside its field, in the
 * CLI's words, and holds Print back; the table that decides it is fetched only for text beyond
 * ASCII; the name fields show what is typed in the faces it will be printed in.
 */

const site = useSite();
const STUDIO = '/workbook/studio/';

/** Opens the studio at an edition's address, noting whether the coverage table was fetched. */
async function openStudio(page: Page, query: Record<string, string>): Promise<{ fetchedTable: () => boolean }> {
  let fetched = false;
  page.on('request', (request) => {
    if (/printable-ranges/.test(request.url())) fetched = true;
  });
  await open(page, site.url(`${STUDIO}?${new URLSearchParams(query).toString()}`));
  return { fetchedTable: () => fetched };
}

describe('print studio: what the fonts cannot print', () => {
  it('names the character beside its field and keeps Print disabled', async () => {
    await site.withPage({}, async (page) => {
      const { fetchedTable } = await openStudio(page, { practice: 'Hope \uE000 Counselling' });
      const error = page.locator('#studio-practice-error');
      await expect
        .poll(() => error.textContent())
        .toBe("edition → practice: U+E000 cannot be printed with the workbook's fonts; remove it.");
      expect(await error.isVisible()).toBe(true);
      expect(await page.locator('#studio-practice').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('true');
      expect(fetchedTable()).toBe(true);
    });
  });

  it('accepts a name in Arabic, shows it in the print’s faces, right to left', async () => {
    await site.withPage({}, async (page) => {
      await openStudio(page, { practice: 'مركز الإرشاد الأسري', chapters: '1' });
      await expect.poll(() => previewStatus(page).textContent(), { timeout: 60_000 }).toMatch(/^Preview ready/);
      expect(await page.locator('#studio-practice-error').isHidden()).toBe(true);
      const field = page.locator('#studio-practice');
      expect(await field.getAttribute('dir')).toBe('auto');
      await expect
        .poll(() => field.evaluate((element) => getComputedStyle(element).fontFamily))
        .toContain('Noto Naskh Arabic');
      expect(await field.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    });
  });

  it('fetches no coverage table for a name in plain ASCII', async () => {
    await site.withPage({}, async (page) => {
      const { fetchedTable } = await openStudio(page, { practice: 'Hope Counselling', chapters: '1' });
      await expect.poll(() => previewStatus(page).textContent(), { timeout: 60_000 }).toMatch(/^Preview ready/);
      expect(fetchedTable()).toBe(false);
    });
  });
});
