import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { paginate } from '../../../workbook/render/paginate.ts';
import type { ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { servePrintFixtures } from './serve-print-fixtures.ts';

describe('paginate fails clearly', () => {
  let browser: Browser;
  let server: ServedDirectory;
  const url = (file: string): string => new URL(file, server.url).href;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await servePrintFixtures();
  });
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it('when pagination never finishes', async () => {
    const target = url('never-finishes.html');
    await expect(paginate(browser, target, { timeoutMs: 1500 })).rejects.toThrow(
      `Pagination did not finish within 1.5 s for ${target}`,
    );
  });

  it('when the page asks another origin for anything, and the request never leaves', async () => {
    await expect(paginate(browser, url('third-party.html'), { timeoutMs: 10_000 })).rejects.toThrow(
      /Blocked a request to another origin: https:\/\/tracker\.example\.com\/pixel\.png/,
    );
  });

  it('when a heading has no id, listing each one', async () => {
    const error = await paginate(browser, url('missing-heading-id.html'), { timeoutMs: 10_000 }).catch(
      (thrown: unknown) => thrown,
    );
    expect((error as Error).message).toMatch(/Every h1–h3 in the print source needs an id/);
    expect((error as Error).message).toContain('<h2> "No id here"');
    expect((error as Error).message).toContain('<h3> "Empty id"');
    expect((error as Error).message).not.toContain('h4');
  });

  it('when an asset is missing', async () => {
    await expect(paginate(browser, url('missing-image.html'), { timeoutMs: 10_000 })).rejects.toThrow(
      /HTTP 404 for http:\/\/127\.0\.0\.1:\d+\/figures\/not-there\.png/,
    );
  });

  it('when a script throws', async () => {
    await expect(paginate(browser, url('script-error.html'), { timeoutMs: 10_000 })).rejects.toThrow(
      /Script error in .*script-error\.html: undefinedWorkbookHelper is not defined/,
    );
  });

  it('and leaves the browser usable afterwards', async () => {
    const { pageCount } = await paginate(browser, url('native-margin-boxes.html'), { timeoutMs: 10_000 });
    expect(pageCount).toBe(1);
    expect(browser.contexts()).toHaveLength(0);
  });
});
