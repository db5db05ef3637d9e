import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { numberedCount } from '../../src/lib/book-order.ts';
import { printManifestSchema } from '../../workbook/contracts/print-manifest.ts';
import { editionFields } from '../../workbook/edition/edition-fields.ts';
import { editionSettingsFromQuery } from '../../workbook/edition/edition-query.ts';
import { editionSchemaFor, setConflicts } from '../../workbook/edition/edition-schema.ts';
import { setFileName } from '../../workbook/edition/standard-editions.ts';
import { readFileSync } from 'node:fs';
import { previewStatus, readyStudioPreview } from '../support/studio-preview.ts';
import { open, useSite } from './site.ts';

/*
 * The set in the studio: a browser's Print makes one book at a time, so the studio cannot join
 * three; its box says so and links to the ready-made sets on the same page, and refuses a set
 * that is also a personal copy beside the setting. (Kept apart from studio.test.ts so the two
 * merge cleanly.)
 */

const site = useSite();
const manifest = printManifestSchema.parse(JSON.parse(readFileSync('dist/workbook/print/book.json', 'utf8')));
const schema = editionSchemaFor({ chapterCount: numberedCount(manifest.chapters) });

describe('print studio: the set', () => {
  it('previews the shared book, and links to the ready-made sets, which the page offers', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url('/workbook/studio/?set=1'));
      expect(await page.getByLabel(editionFields.set.label).isChecked()).toBe(true);
      expect((await readyStudioPreview(page)).pages).toBeGreaterThan(0);
      const link = page.locator('.studio-toggle a[href="#prebuilt-heading"]');
      expect(await link.isVisible()).toBe(true);
      await link.click();
      for (const paper of editionFields.paper.values)
        expect(await page.locator(`.prebuilt a[href="/downloads/${setFileName(paper)}"]`).isVisible(), paper).toBe(
          true,
        );
    });
  });

  it('refuses a set for one reader beside the setting, saying why and what to do', async () => {
    await site.withPage({}, async (page) => {
      const query = 'set=1&for=hurt';
      const expected = schema.safeParse(editionSettingsFromQuery(query), { reportInput: true });
      if (expected.success) throw new Error('a set for one reader should be refused');
      await open(page, site.url(`/workbook/studio/?${query}`));
      const error = page.locator('#studio-set-error');
      expect(await error.textContent()).toBe(formatIssues('edition', expected.error.issues));
      expect(await error.textContent()).toContain(setConflicts.for);
      expect(await error.isVisible()).toBe(true);
      expect(await previewStatus(page).textContent()).toMatch(/^The preview waits until this is fixed/);
    });
  });
});
