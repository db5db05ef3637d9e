import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionOnlyLine } from '../../workbook/print/session-only.ts';
import { STORAGE_KEY } from '../../workbook/studio/scripts/practice-storage.ts';
import { readyStudioPreview } from '../support/studio-preview.ts';
import { open, useSite } from './site.ts';

/*
 * The counselor's page for their clients in the print studio: typed into the form, the local
 * numbers, the crisis rule, the secrets policy and the chapters for sessions show in the preview
 * where the PDF prints them; a bad number is named beside its field in the CLI's words and holds
 * Print back; all four are remembered on the device only when asked, like the practice's name.
 */

const site = useSite();
const STUDIO = '/workbook/studio/';

async function previewFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[title="Workbook preview"]').elementHandle()).contentFrame();
  if (!frame) throw new Error('the studio has no preview frame');
  return frame;
}

const numbers = 'Emergency: 911\nCrisis line: 988\nDomestic abuse service: help.example.org';
const crisisRule = 'Call the crisis line first; then leave me a message and I will call back the same day.';
const secretsPolicy = 'I do not keep secrets between partners; I will help you find a way to share it.';

describe('print studio: the counselor’s page for their clients', () => {
  it('shows the local numbers, rule and policy on the preview’s Support page, and marks a session chapter', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?chapters=2`));
      await readyStudioPreview(page);
      await page.getByLabel('Local numbers for your clients').fill(numbers);
      await page.getByLabel('If a crisis comes between sessions').fill(crisisRule);
      await page.getByLabel('What is said in an individual session').fill(secretsPolicy);
      await page.getByLabel('Chapters for sessions only').fill('2');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('sessionChapters') === '2');
      await readyStudioPreview(page);
      expect(new URL(page.url()).searchParams.get('localNumbers')).toBe(
        'Emergency: 911 | Crisis line: 988 | Domestic abuse service: help.example.org',
      );

      const frame = await previewFrame(page);
      const support = frame.locator('.pagedjs_page', { hasText: 'Numbers and names for where we live' });
      expect(await support.count()).toBe(1);
      const entries = await support
        .locator('.print-resources__numbers')
        .evaluate((list) => [...list.children].map((child) => child.textContent));
      expect(entries).toEqual(['Emergency', '911', 'Crisis line', '988', 'Domestic abuse service', 'help.example.org']);
      expect(await support.locator('.writing').count(), 'no blank lines left beside the numbers').toBe(0);
      const supportText = (await support.textContent()) ?? '';
      expect(supportText).toContain(crisisRule);
      expect(supportText).toContain(secretsPolicy);

      const marked = frame.locator('.pagedjs_page', { hasText: sessionOnlyLine });
      expect(await marked.count()).toBe(1);
      expect((await marked.locator('.print-chapter__kicker').textContent())?.trim()).toMatch(/^Chapter 2\b/);
    });
  });

  it('names a bad number beside its field in the CLI’s words and holds Print until it is fixed', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?${new URLSearchParams({ localNumbers: 'Crisis line: 98x8' }).toString()}`));
      const error = page.locator('#studio-localNumbers-error');
      await expect
        .poll(() => error.textContent())
        .toBe(
          'edition → localNumbers: entry 1, “Crisis line: 98x8”: “98x8” is neither a phone number nor a web or e-mail address; write digits with spaces and + ( ) - only, or an address like help.example.org.',
        );
      expect(await page.getByLabel('Local numbers for your clients').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('true');

      await page.getByLabel('Local numbers for your clients').fill('Crisis line:');
      await expect
        .poll(() => error.textContent())
        .toBe(
          'edition → localNumbers: entry 1, “Crisis line:”: has no number; add it after the colon, e.g. "Crisis line: 988".',
        );

      await page.getByLabel('Local numbers for your clients').fill('Crisis line: 988');
      await readyStudioPreview(page);
      expect(await error.isHidden()).toBe(true);
    });
  });

  it('remembers all four on the device only when asked', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?chapters=1`));
      await readyStudioPreview(page);
      await page.getByLabel('Local numbers for your clients').fill(numbers);
      await page.getByLabel('If a crisis comes between sessions').fill(crisisRule);
      await page.getByLabel('What is said in an individual session').fill(secretsPolicy);
      await page.getByLabel('Chapters for sessions only').fill('3,5');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('sessionChapters') === '3,5');
      expect(await page.evaluate(() => localStorage.length)).toBe(0);

      await page.getByLabel('Remember my practice details on this device').check();
      const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      expect(JSON.parse(stored ?? 'null')).toMatchObject({
        localNumbers: numbers,
        crisisRule,
        secretsPolicy,
        sessionChapters: '3,5',
      });
      await open(page, site.url(STUDIO));
      expect(await page.getByLabel('Local numbers for your clients').inputValue()).toBe(numbers);
      expect(await page.getByLabel('If a crisis comes between sessions').inputValue()).toBe(crisisRule);
      expect(await page.getByLabel('What is said in an individual session').inputValue()).toBe(secretsPolicy);
      expect(await page.getByLabel('Chapters for sessions only').inputValue()).toBe('3,5');
    });
  });
});
