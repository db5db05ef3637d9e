import { numberedCount } from '../../src/lib/book-order.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import type { PrintWindow } from '../../workbook/contracts/print-runtime-api.ts';
import { printManifestSchema } from '../../workbook/contracts/print-manifest.ts';
import { editionFieldNames, editionFields } from '../../workbook/edition/edition-fields.ts';
import { editionQuery, editionSettingsFromQuery } from '../../workbook/edition/edition-query.ts';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { STORAGE_KEY } from '../../workbook/studio/scripts/practice-storage.ts';
import { studioUi } from '../../workbook/studio/studio-strings.ts';
import { axeViolations } from '../support/axe.ts';
import { cliPageCount } from '../support/run-workbook-cli.ts';
import { previewStatus, type ReadyPreview, readyStudioPreview } from '../support/studio-preview.ts';
import { DESKTOP, open, PHONE, useSite } from './site.ts';

/*
 * The print studio (/workbook/studio/) in a real Chromium against the built site: an edition
 * bookmarked in the address fills the form and paginates in the preview frame with the same page
 * count as the CLI (and a booklet with the same sheets); names stay text; axe and the keyboard
 * find no barrier; nothing is stored unless asked; without JavaScript the page still offers the
 * ready-made PDFs.
 */

const site = useSite();
const STUDIO = '/workbook/studio/';
const EDITION = 'paper=a4&practice=Test%20Practice&chapters=2-4&lines=roomy';
/** An address bookmarked before the edition fields became one table: every field, in its old form. */
const BOOKMARK =
  'paper=a4&practice=Hope%20Counselling&contact=020%207946%200000%20%7C%20hope.example&chapters=2-4&lines=roomy&promptsOnly=1&booklet=1&facilitator=1';
const manifest = printManifestSchema.parse(JSON.parse(readFileSync('dist/workbook/print/book.json', 'utf8')));
const editionSchema = editionSchemaFor({ chapterCount: numberedCount(manifest.chapters) });

/** The CLI's options for an address's settings, by the field table: `booklet=1` → `--booklet`. */
function cliArgsFor(query: string): string[] {
  const settings = editionSettingsFromQuery(query);
  return editionFieldNames.flatMap((name) => {
    const value = settings[name];
    if (value === undefined || value === false) return [];
    return value === true ? [editionFields[name].flag] : [editionFields[name].flag, value];
  });
}

/** Pages of the PDF the CLI makes for an address's edition (sheet sides for a booklet). */
async function cliPages(query: string): Promise<number> {
  return cliPageCount(cliArgsFor(query));
}

/** What the studio's status says once its preview of an address is ready: pages, and a booklet's sheet sides. */
async function studioPreview(query: string): Promise<ReadyPreview> {
  return site.withPage({}, async (page) => {
    await open(page, site.url(`${STUDIO}?${query}`));
    return readyStudioPreview(page);
  });
}

/** The document inside the preview <iframe> (a fresh frame for each edition). */
async function previewFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[title="Workbook preview"]').elementHandle()).contentFrame();
  if (!frame) throw new Error('the studio has no preview frame');
  return frame;
}

/** The chapter numbers the paginated frame holds (a chapter split over pages counts once). */
async function chaptersInFrame(frame: Frame): Promise<number[]> {
  const numbers = await frame
    .locator('.print-chapter[data-number]')
    .evaluateAll((all) => all.map((el) => Number((el as HTMLElement).dataset['number'])));
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The edition settings in the page's address, once the script has written `name` as `value`. */
async function waitForAddress(page: Page, name: string, value: string): Promise<void> {
  await page.waitForFunction(([key, wanted]) => new URLSearchParams(location.search).get(key) === wanted, [
    name,
    value,
  ] as const);
}

describe('print studio', () => {
  it('fills the form from a bookmarked address and paginates that edition', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?${EDITION}`));
      expect(await page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Roomy' }).isChecked()).toBe(true);
      expect(await page.getByLabel('Practice or counselor name').inputValue()).toBe('Test Practice');
      const ticked = await page
        .locator('input[name="chapter"]:checked')
        .evaluateAll((all) => all.map((el) => (el as HTMLInputElement).value));
      expect(ticked).toEqual(['2', '3', '4']);

      expect((await readyStudioPreview(page)).pages).toBeGreaterThan(0);
      const frame = await previewFrame(page);
      expect(new URL(frame.url()).pathname).toBe('/workbook/print/a4/');
      expect(await chaptersInFrame(frame)).toEqual([2, 3, 4]);
      const providedBy = await frame.locator('.print-cover [data-edition="provided-by"]').textContent();
      expect(providedBy?.replace(/\s+/g, ' ').trim()).toBe('Provided by Test Practice');
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('false');
      // The address is still the bookmark (in its shortest form, which is this one).
      expect(new URL(page.url()).searchParams.toString()).toBe(new URLSearchParams(EDITION).toString());
    });
  });

  // Both call the print page's runtime (workbook.preview in the frame; apply, paginate, finish in
  // Node), so the counts agree by construction; this shows it, edition by edition.
  it.each([
    ['paper A4', 'paper=a4'],
    ['a booklet', 'booklet=1'],
    ['prompts only', 'promptsOnly=1'],
    ['a chapter selection', 'chapters=2,5-7'],
    ['roomy lines', 'lines=roomy'],
    ['compact lines', 'lines=compact'],
    ['a print-shop booklet', 'printShop=1&bleed=5&booklet=1'],
    ['large print', 'largePrint=1'],
    ['large print, A4, a personal copy with roomy lines', 'largePrint=1&paper=a4&for=hurt&lines=roomy&discreet=1'],
    ['every setting of an old bookmark', BOOKMARK],
    [
      'the counselor’s page for their clients',
      new URLSearchParams({
        chapters: '2-3',
        localNumbers: 'Emergency: 911 | Crisis line: 988 | Domestic abuse service: help.example.org',
        crisisRule: 'Call the crisis line first, then leave me a message.',
        secretsPolicy: 'I keep no secrets between partners.',
        sessionChapters: '3',
      }).toString(),
    ],
  ])('counts the same pages as the CLI for %s', async (_, query) => {
    // The preview paginates in the site's Chromium while the CLI renders in its own: one core each.
    const [studio, cli] = await Promise.all([studioPreview(query), cliPages(query)]);
    const booklet = editionSettingsFromQuery(query)['booklet'] === true;
    expect(studio.sides === undefined, 'sheet sides are reported for a booklet only').toBe(!booklet);
    expect(studio.sides ?? studio.pages).toBe(cli);
  });

  // The shared book points to each prompt's page in the prebuilt personal copies, as the CLI's and
  // the build's do (own-copy-pages.json); a chapter selection moves those pages, so it names none.
  it.each([
    ['every chapter', 'paper=a4', /^Answer this in your own copy, on page \d+\.$/],
    ['a chapter selection', 'paper=a4&chapters=2-4', /^Answer this in your own copy\.$/],
  ])('points the shared book’s prompts to the personal copies’ pages for %s', async (_, query, pointer) => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?${query}`));
      await readyStudioPreview(page);
      const frame = await previewFrame(page);
      const pointers = (await frame.locator('.print-own-copy').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      );
      expect(pointers.length).toBeGreaterThan(0);
      const oneReader = pointers.filter((text) => text.startsWith('Answer this'));
      expect(oneReader.length).toBeGreaterThan(0);
      for (const text of oneReader) expect(text).toMatch(pointer);
    });
  });

  it('opens an edition bookmarked in the old address format as that same edition', async () => {
    const expected = editionSchema.parse(editionSettingsFromQuery(BOOKMARK));
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?${BOOKMARK}`));
      expect(await page.getByRole('radio', { name: 'A4' }).isChecked()).toBe(true);
      expect(await page.getByRole('radio', { name: 'Roomy' }).isChecked()).toBe(true);
      expect(await page.getByLabel('Practice or counselor name').inputValue()).toBe('Hope Counselling');
      expect(await page.getByLabel('Contact').inputValue()).toBe('020 7946 0000\nhope.example');
      const ticked = await page
        .locator('input[name="chapter"]:checked')
        .evaluateAll((all) => all.map((el) => (el as HTMLInputElement).value));
      expect(ticked).toEqual(['2', '3', '4']);
      for (const label of ['Prompts only', 'Booklet', 'Facilitator guide'])
        expect(await page.getByLabel(label, { exact: true }).isChecked(), label).toBe(true);

      await readyStudioPreview(page);
      const frame = await previewFrame(page);
      expect(await chaptersInFrame(frame)).toEqual([2, 3, 4]);
      expect(await frame.locator('.print-chapter__text > p').count(), 'prompts only: no article text').toBe(0);
      expect(await frame.locator('#facilitator-guide').count(), 'the facilitator guide').toBe(1);
      expect(await frame.locator('.booklet-sheet').count(), 'booklet sheets').toBeGreaterThan(0);
      const contact = await frame
        .locator('.print-cover [data-edition="contact"] .print-provider__line')
        .allTextContents();
      expect(contact).toEqual(['020 7946 0000', 'hope.example']);
      // The address is rewritten in its shortest form, which is the bookmark itself.
      expect(new URL(page.url()).search.slice(1)).toBe(editionQuery(expected));
      expect(editionSchema.parse(editionSettingsFromQuery(new URL(page.url()).search))).toEqual(expected);
    });
  });

  it('prints a booklet as folded sheets: the same sheets as the CLI, back page beside the cover', async () => {
    const query = 'paper=a4&practice=Hope%20Counselling&chapters=2-4&booklet=1';
    const [{ pages, sides, firstSheet }, cli] = await Promise.all([
      site.withPage({}, async (page) => {
        await open(page, site.url(`${STUDIO}?${query}`));
        const ready = await readyStudioPreview(page);
        const frame = await previewFrame(page);
        const sheet = frame.locator('.booklet-sheet').first();
        return {
          ...ready,
          firstSheet: await sheet.locator(':scope > .pagedjs_page').allTextContents(),
        };
      }),
      cliPageCount(['--paper', 'a4', '--practice', 'Hope Counselling', '--chapters', '2-4', '--booklet']),
    ]);
    expect(pages % 4).toBe(0);
    expect(sides).toBe(pages / 2);
    expect(firstSheet).toHaveLength(2);
    expect(firstSheet[0]).toContain('This workbook is not a substitute for therapy');
    expect(firstSheet[1]).toContain('A workbook for couples');
    expect(firstSheet[1]).toContain('Provided by Hope Counselling');
    expect(cli).toBe(sides);
  });

  it('prints what the preview shows: “Save as PDF” of a booklet gives its landscape sheets', async () => {
    const edition = editionSchema.parse(editionSettingsFromQuery('paper=a4&chapters=2-4&booklet=1'));
    const { pdf, sheets, sides } = await site.withPage({}, async (page) => {
      // The print page on its own, previewed as the studio's frame previews it: what the print dialog sees.
      await page.goto(site.url('/workbook/print/a4/'), { waitUntil: 'load' });
      const previewed = await page.evaluate(
        (value) => (window as Window & PrintWindow).workbook!.preview(value),
        edition,
      );
      return {
        pdf: await page.pdf({ preferCSSPageSize: true, printBackground: true }),
        sheets: await page.locator('.booklet-sheet').count(),
        sides: previewed.sides,
      };
    });
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(sides).toBe(sheets);
    expect(document.getPageCount()).toBe(sheets);
    for (const sheet of document.getPages()) {
      expect([Math.round(sheet.getWidth()), Math.round(sheet.getHeight())]).toEqual([842, 595]);
    }
  });

  it('keeps a name that looks like HTML as text, in the form and in the frame', async () => {
    const payloads = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(2)>'];
    await site.withPage({}, async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const practice = page.getByLabel('Practice or counselor name');
      const check = async (payload: string) => {
        expect(await practice.inputValue()).toBe(payload);
        await readyStudioPreview(page);
        const frame = await previewFrame(page);
        expect(await frame.locator('.print-cover [data-edition="practice"]').textContent()).toBe(payload);
        expect(await frame.locator('.print-cover img, .print-cover svg').count()).toBe(0);
      };

      // From the address... (one chapter: the name is set on the cover and the back page, whatever
      // the chapters, and a whole book's preview would only take longer)
      await open(
        page,
        site.url(`${STUDIO}?${new URLSearchParams({ practice: payloads[0]!, chapters: '2' }).toString()}`),
      );
      await check(payloads[0]!);
      // ...and typed into the form.
      await practice.fill(payloads[1]!);
      await waitForAddress(page, 'practice', payloads[1]!);
      await check(payloads[1]!);
      expect(dialogs).toEqual([]);
    });
  });

  it('shows a mistake next to its field in the CLI’s words, and holds the preview until it is fixed', async () => {
    await site.withPage({}, async (page) => {
      // One chapter: the preview it holds back is the point, not the length of the book.
      const query = 'contact=One | Two | Three&chapters=2';
      const expected = editionSchema.safeParse(editionSettingsFromQuery(query), {
        reportInput: true,
      });
      if (expected.success) throw new Error('the fixture edition should be invalid');
      await open(page, site.url(`${STUDIO}?${new URLSearchParams(query).toString()}`));

      const contact = page.getByLabel('Contact');
      const error = page.locator('#studio-contact-error');
      expect(await error.textContent()).toBe(formatIssues('edition', expected.error.issues));
      expect(await error.isVisible()).toBe(true);
      expect(await contact.getAttribute('aria-invalid')).toBe('true');
      expect((await contact.getAttribute('aria-describedby'))?.split(' ')).toContain('studio-contact-error');
      expect(await previewStatus(page).textContent()).toMatch(/^The preview waits until this is fixed/);
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('true');

      await contact.fill('One\nTwo');
      await waitForAddress(page, 'contact', 'One | Two');
      expect((await readyStudioPreview(page)).pages).toBeGreaterThan(0);
      expect(await error.isHidden()).toBe(true);
      expect(await contact.getAttribute('aria-invalid')).toBeNull();

      await page.getByRole('button', { name: 'None' }).click();
      await expect
        .poll(() => page.locator('#studio-chapters-error').textContent())
        .toBe('edition → chapters: choose at least one chapter.');
    });
  });

  it('offers a fillable edition, and refuses it as a booklet beside the setting, saying why and what to do', async () => {
    await site.withPage({}, async (page) => {
      const query = 'fillable=1&booklet=1&chapters=2';
      const expected = editionSchema.safeParse(editionSettingsFromQuery(query), { reportInput: true });
      if (expected.success) throw new Error('a fillable booklet should be refused');
      await open(page, site.url(`${STUDIO}?${query}`));

      const fillable = page.getByLabel(editionFields.fillable.label);
      const error = page.locator('#studio-fillable-error');
      expect(await fillable.isChecked()).toBe(true);
      expect(await error.textContent()).toBe(formatIssues('edition', expected.error.issues));
      expect(await error.textContent()).toContain(
        'a booklet cannot be fillable: its pages are imposed two to a sheet for printing and folding. Print the booklet, or make a fillable edition without the booklet',
      );
      expect(await error.isVisible()).toBe(true);
      expect(await fillable.getAttribute('aria-invalid')).toBe('true');
      expect(await previewStatus(page).textContent()).toMatch(/^The preview waits until this is fixed/);
      expect(await page.getByRole('button', { name: 'Print' }).getAttribute('aria-disabled')).toBe('true');

      await page.getByLabel(editionFields.booklet.label).uncheck();
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('booklet'));
      expect(new URL(page.url()).searchParams.get('fillable')).toBe('1');
      expect((await readyStudioPreview(page)).pages).toBeGreaterThan(0);
      expect(await error.isHidden()).toBe(true);
      expect(await fillable.getAttribute('aria-invalid')).toBeNull();
    });
  });

  describe.each([
    { scheme: 'light', viewport: DESKTOP },
    { scheme: 'light', viewport: PHONE },
    { scheme: 'dark', viewport: DESKTOP },
  ] as const)('axe (WCAG 2.2 AA), $scheme at $viewport.width px', ({ scheme, viewport }) => {
    it.each([
      ['a ready preview', EDITION],
      ['a mistake shown', 'contact=One%20%7C%20Two%20%7C%20Three'],
    ])('finds no violations with %s', async (_, query) => {
      await site.withPage({ colorScheme: scheme, viewport }, async (page) => {
        await open(page, site.url(`${STUDIO}?${query}`));
        if (query === EDITION) await readyStudioPreview(page);
        // The frame is the print source, not a page to read; the parent's scan stops at its border.
        const violations = (await axeViolations(page, { iframes: false })).map(
          (v) => `${v.id}: ${v.targets[0] ?? '(no target)'}: ${v.help}`,
        );
        expect(violations).toEqual([]);
      });
    });
  });

  it('Tab reaches every control in order, then moves through and past the preview to Print', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(`${STUDIO}?${EDITION}`));
      await readyStudioPreview(page);
      await page.locator('#studio-form-heading').evaluate((heading) => {
        heading.setAttribute('tabindex', '-1');
        (heading as HTMLElement).focus();
      });
      const stops: string[] = [];
      const unmarked: string[] = [];
      for (let presses = 0; presses < 80 && stops.at(-1) !== 'Print'; presses++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el || el === document.body) return { name: 'body', outlined: false };
          // Focus inside the frame shows as the <iframe> here; the frame marks its own links.
          if (el.localName === 'iframe') return { name: 'frame', outlined: true };
          const style = getComputedStyle(el);
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          if (el.type === 'radio') return { name: `${el.name}=${el.value}`, outlined };
          if (el.name === 'chapter') return { name: `chapter ${el.value}`, outlined };
          return { name: el.name || el.id || el.textContent.trim(), outlined };
        });
        // However many links the frame holds, they are one stretch of the order.
        if (stop.name !== 'frame' || stops.at(-1) !== 'frame') stops.push(stop.name);
        if (!stop.outlined) unmarked.push(stop.name);
      }
      expect(stops).toEqual([
        'paper=a4',
        'practice',
        'contact',
        'studio-logo',
        'logoAlt',
        'localNumbers',
        'crisisRule',
        'secretsPolicy',
        'sessionChapters',
        'studio-remember',
        'Forget my details',
        'All',
        'None',
        ...Array.from({ length: 10 }, (_, index) => `chapter ${index + 1}`),
        'lines=roomy',
        'largePrint',
        'promptsOnly',
        'booklet',
        'fillable',
        'printShop',
        'bleed=3',
        'facilitator',
        'for=couple',
        'set',
        studioUi.setLink,
        'discreet',
        'Update preview',
        'frame',
        'Print',
      ]);
      expect(unmarked, 'controls without a visible focus outline').toEqual([]);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.localName), 'Tab moves on from Print').not.toBe(
        'iframe',
      );
    });
  });

  it('stores nothing unless asked, and forgets on request', async () => {
    await site.withPage({}, async (page) => {
      const stored = () => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      const storageStatus = () => page.locator('[data-storage-status]');
      await open(page, site.url(STUDIO));
      await readyStudioPreview(page);
      await page.getByLabel('Practice or counselor name').fill('Quiet Harbor Counseling');
      await page.getByLabel('Contact').fill('555-0100');
      await page.getByRole('radio', { name: 'A4' }).check();
      await waitForAddress(page, 'paper', 'a4');
      await readyStudioPreview(page);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.cookie)).toBe('');

      await page.getByLabel('Remember my practice details on this device').check();
      expect(await storageStatus().textContent()).toBe(studioUi.detailsRemembered);
      expect(JSON.parse((await stored()) ?? 'null')).toEqual({
        practice: 'Quiet Harbor Counseling',
        contact: '555-0100',
        logo: '',
        logoAlt: '',
        localNumbers: '',
        crisisRule: '',
        secretsPolicy: '',
        sessionChapters: '',
      });
      // A fresh visit without them in the address brings them back.
      await open(page, site.url(STUDIO));
      expect(await page.getByLabel('Practice or counselor name').inputValue()).toBe('Quiet Harbor Counseling');
      expect(await page.getByLabel('Remember my practice details on this device').isChecked()).toBe(true);

      // At once, while that visit's preview is still being made: when it is ready, the
      // confirmation must still be there for a screen reader to say (it has a live region of its
      // own; it once shared the preview's, whose "ready" replaced it).
      await page.getByRole('button', { name: 'Forget my details' }).click();
      expect(await stored()).toBeNull();
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      await readyStudioPreview(page);
      expect(await storageStatus().textContent()).toBe('Your practice details were removed from this device.');
      expect(await storageStatus().getAttribute('role')).toBe('status');
      expect(await page.getByLabel('Remember my practice details on this device').isChecked()).toBe(false);
    });
  });

  it('without JavaScript, hides the studio and offers every ready-made PDF', async () => {
    await site.withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site.url(STUDIO));
      expect(await page.locator('form').isVisible(), 'the studio form').toBe(false);
      expect(await page.locator('iframe').isVisible(), 'the preview frame').toBe(false);
      // npm run build (which the browser tests run after) publishes the PDFs: each is offered by a visible link.
      const published = readdirSync('dist/downloads')
        .filter((name) => name.endsWith('.pdf'))
        .map((name) => `/downloads/${name}`)
        .sort();
      expect(published.length, 'PDFs in dist/downloads').toBeGreaterThan(0);
      const links = page.locator('.prebuilt a[href^="/downloads/"]');
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.sort()).toEqual(published);
      for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
      expect(await page.locator('[data-no-prebuilt]').count(), 'the "not built" sentence').toBe(0);
      expect(await page.getByText('The studio needs JavaScript').isVisible()).toBe(true);
    });
  });
});
