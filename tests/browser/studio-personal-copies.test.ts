import { describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { cliPageCount } from '../support/run-workbook-cli.ts';
import { readyStudioPreview } from '../support/studio-preview.ts';
import { open, useSite } from './site.ts';

/*
 * The studio makes the same personal and discreet copies as the CLI: a bookmarked `for=` and
 * `discreet=1` fill the form, and the preview has the CLI's page count. (Kept apart from
 * studio.test.ts so the two merge cleanly; its CLI comparison can take these cases as they are.)
 */

const site = useSite();

/** The editions compared, as the studio's address and as CLI flags. */
const cases = [
  { query: 'for=hurt', args: ['--for', 'hurt'], radio: 'Personal, for the partner who was hurt' },
  {
    query: 'paper=a4&chapters=1-3&for=involved&discreet=1',
    args: ['--paper', 'a4', '--chapters', '1-3', '--for', 'involved', '--discreet'],
    radio: 'Personal, for the partner who had the affair',
  },
] as const;

describe.each(cases)('print studio ?$query', ({ query, args, radio }) => {
  it('fills the form, previews that copy, and counts the same pages as the CLI', async () => {
    const [studio, cli] = await Promise.all([
      site.withPage({}, async (page) => {
        await open(page, site.url(`/workbook/studio/?${query}`));
        expect(await page.getByRole('radio', { name: radio }).isChecked()).toBe(true);
        expect(await page.getByLabel('Discreet outside').isChecked()).toBe(query.includes('discreet=1'));
        const { pages, sides } = await readyStudioPreview(page);
        expect(sides, 'a personal copy is not a booklet').toBeUndefined();
        const frame = page.frameLocator('iframe[title="Workbook preview"]');
        return {
          pages,
          cover: (await frame.locator('.print-cover').first().textContent()) ?? '',
          labels: await frame.locator('.writing__label').count(),
        };
      }),
      cliPageCount(args),
    ]);
    expect(studio.labels).toBe(0);
    expect(studio.cover).toContain('This copy belongs to');
    if (query.includes('discreet=1')) expect(studio.cover).toContain(book.discreetTitle);

    expect(studio.pages).toBe(cli);
  });
});
