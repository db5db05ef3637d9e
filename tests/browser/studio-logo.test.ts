import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../workbook/studio/scripts/practice-storage.ts';
import { hostileSvgLogo, pngLogo } from '../support/logo-files.ts';
import { readyStudioPreview } from '../support/studio-preview.ts';
import { open, useSite } from './site.ts';

/*
 * The practice's logo in the print studio: a file chosen in the form is checked on the device, an
 * SVG sanitised, and shown on the preview's cover with the counselor's description as its alt
 * text; it never goes into the address, and is stored only when the counselor asks. A file that
 * is not a logo is named beside the field, in the CLI's words, and holds Print back.
 */

const site = useSite();
const STUDIO = '/workbook/studio/';
const alt = 'Hope Counselling: a green leaf';

async function previewFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[title="Workbook preview"]').elementHandle()).contentFrame();
  if (!frame) throw new Error('the studio has no preview frame');
  return frame;
}

async function coverLogo(page: Page): Promise<{ alt: string; src: string } | undefined> {
  const logo = (await previewFrame(page)).locator('.print-cover img.print-provider__logo');
  if ((await logo.count()) === 0) return undefined;
  return logo.first().evaluate((image: HTMLImageElement) => ({ alt: image.alt, src: image.src }));
}

describe('print studio: the practice’s logo', () => {
  it('shows a chosen PNG on the preview’s cover with its description, and keeps it out of the address', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?chapters=2&practice=Hope+Counselling`));
      await readyStudioPreview(page);
      await page.getByLabel('What your logo shows').fill(alt);
      await page
        .getByLabel('Your logo', { exact: true })
        .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(pngLogo()) });
      await expect.poll(() => coverLogo(page), { timeout: 60_000 }).toMatchObject({ alt });
      expect((await coverLogo(page))?.src).toMatch(/^data:image\/png;base64,/);
      const address = new URL(page.url()).searchParams;
      expect(address.get('logoAlt')).toBe(alt);
      expect([...address.keys()]).not.toContain('logo');
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

      await page.getByLabel('Remember my practice details on this device').check();
      const stored = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      const details = JSON.parse(stored ?? '{}') as Record<string, string>;
      expect(details['logo']).toMatch(/^data:image\/png;base64,/);
      expect(details['logoAlt']).toBe(alt);
    });
  });

  it('prints a sanitised SVG: no script, handler or outside address reaches the preview', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?chapters=2&logoAlt=A+leaf`));
      await readyStudioPreview(page);
      await page
        .getByLabel('Your logo', { exact: true })
        .setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(hostileSvgLogo) });
      await expect.poll(() => coverLogo(page), { timeout: 60_000 }).toMatchObject({ alt: 'A leaf' });
      const src = (await coverLogo(page))?.src ?? '';
      const svg = Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').toString('utf8');
      expect(svg).toContain('<circle');
      expect(svg).not.toMatch(/<script|foreignObject|\son[a-z]+=|tracker\.example/i);
    });
  });

  it('names a file that is not an image beside the field and holds Print back', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?chapters=2&logoAlt=A+leaf`));
      await readyStudioPreview(page);
      await page
        .getByLabel('Your logo', { exact: true })
        .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Our logo is attached.\n') });
      await expect
        .poll(() => page.locator('#studio-logo-error').textContent())
        .toBe('edition → logo: “notes.txt” is not a PNG, JPEG or SVG image; export the logo as one of those.');
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('true');
    });
  });
});
