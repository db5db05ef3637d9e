import type { Page } from 'playwright-core';

/**
 * Waits until the print studio's preview has settled, ready or not, and returns its status line
 * ("Preview ready: 42 pages", or why it is not), for the test to assert on.
 */
export async function settledStudioPreview(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      /^(Preview ready|The preview (could not|is taking))/.test(
        document.querySelector('[role="status"]')?.textContent ?? '',
      ),
    null,
    { timeout: 60_000 },
  );
  return (await page.getByRole('status').textContent()) ?? '';
}
