import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editionFields, editionFieldNames } from '../../workbook/edition/edition-fields.ts';
import { anyText } from '../support/arbitraries.ts';
import { fuzzing, propertyParameters } from '../support/property-runs.ts';
import { previewStatus } from '../support/studio-preview.ts';
import { open, useSite } from './site.ts';

/*
 * The print studio opened at a mangled address (a mail client's line wrap, a pasted fragment,
 * any Unicode in any setting): its script must not throw or log an error; it settles on a
 * preview, or on saying which setting to fix. A few generated addresses per `npm test` (each is
 * a page load and a layout); `npm run fuzz -- --all` tries more.
 */

const site = useSite();
const keys = editionFieldNames.map((name) => editionFields[name].query);
const mangled = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), anyText), anyText), { minLength: 1, maxLength: 4 })
  .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'))
  // Within what web servers accept in a request line (8 KB is common; the test server answers 431
  // beyond 16 KB before the studio runs). The unit layer's property takes 10,000-character values.
  .filter((query) => new URL(`http://x/?${query}`).search.length <= 8000);

describe('the print studio at a mangled address', () => {
  it(
    'never throws or logs an error, and settles on a preview or on what to fix',
    async () => {
      await fc.assert(
        fc.asyncProperty(mangled, async (query) => {
          await site.withPage({}, async (page) => {
            const errors: string[] = [];
            page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
            page.on('console', (message) => {
              if (message.type() === 'error') errors.push(`console: ${message.text()}`);
            });
            await open(page, `${site.url('/workbook/studio/')}?${query}`);
            await page.waitForFunction(
              () =>
                /^(Preview ready|The preview (waits|could not|is taking))/.test(
                  document.querySelector('[data-preview-status]')?.textContent ?? '',
                ),
              null,
              { timeout: 30_000 },
            );
            const status = (await previewStatus(page).textContent()) ?? '';
            expect(errors, `${query} → ${status}`).toEqual([]);
            expect(status, query).not.toMatch(/^The preview (could not|is taking)/);
          });
        }),
        propertyParameters(4, 0.002),
      );
    },
    fuzzing ? 0 : 90_000,
  );
});
