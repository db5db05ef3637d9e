import type { Locator, Page } from 'playwright-core';

/** The preview's status line ("Preview ready: 42 pages"); the studio's other live region says what is stored. */
export const previewStatus = (page: Page): Locator => page.locator('[data-preview-status]');

/**
 * Waits until the print studio's preview has settled, ready or not, and returns its status line
 * ("Preview ready: 42 pages", or why it is not), for the test to assert on.
 */
export async function settledStudioPreview(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      /^(Preview ready|The preview (could not|is taking))/.test(
        document.querySelector('[data-preview-status]')?.textContent ?? '',
      ),
    null,
    { timeout: 60_000 },
  );
  return (await previewStatus(page).textContent()) ?? '';
}

/** A ready preview, as the studio's status line reports it. */
export interface ReadyPreview {
  pages: number;
  /** A booklet's sheet sides ("on 12 sheet sides to fold"); undefined for any other edition. */
  sides: number | undefined;
}

/**
 * Waits for the studio's preview to settle and reads its page count (and a booklet's sheet
 * sides) from the status line; fails with the status line when the preview is not ready.
 */
export async function readyStudioPreview(page: Page): Promise<ReadyPreview> {
  const text = await settledStudioPreview(page);
  const match = /^Preview ready: (\d+) pages?(?:, on (\d+) sheet sides to fold)?$/.exec(text);
  if (!match) throw new Error(`the preview did not finish: ${text}`);
  return { pages: Number(match[1]), sides: match[2] === undefined ? undefined : Number(match[2]) };
}
