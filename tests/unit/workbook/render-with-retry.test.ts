import type { Browser } from 'playwright-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Edition } from '../../../workbook/edition/standard-editions.ts';
import type { BrowserSupply } from '../../../workbook/render/browser-supply.ts';
import type { RenderEditionOptions, RenderedEdition } from '../../../workbook/render/render-edition.ts';

/** What the mocked render does in each call: fail before the print, or after it. */
const attempts: ('crash-before-print' | 'fail-after-print' | 'succeed')[] = [];

vi.mock('../../../workbook/render/render-edition.ts', () => ({
  renderEdition: (browser: FakeBrowser, _edition: Edition, options: RenderEditionOptions) => {
    const attempt = attempts.shift();
    if (attempt === 'crash-before-print') {
      browser.connected = false;
      return Promise.reject(new Error('page.evaluate: Target crashed'));
    }
    options.onLaidOut?.();
    if (attempt === 'fail-after-print') {
      // The CLI closes its browser once Chromium has printed: it is gone when the checks fail.
      browser.connected = false;
      return Promise.reject(new Error('The edition workbook is incomplete; no PDF was written.'));
    }
    return Promise.resolve({ pdf: new Uint8Array() } as unknown as RenderedEdition);
  },
}));

const { renderWithRetry } = await import('../../../workbook/render/render-with-retry.ts');

interface FakeBrowser {
  connected: boolean;
  isConnected(): boolean;
}

function fakeBrowser(): FakeBrowser {
  return {
    connected: true,
    isConnected() {
      return this.connected;
    },
  };
}

function supply(): BrowserSupply & { replaced: number } {
  let current = fakeBrowser();
  const result = {
    replaced: 0,
    current: () => Promise.resolve(current as unknown as Browser),
    replace: () => {
      result.replaced += 1;
      current = fakeBrowser();
      return Promise.resolve(current as unknown as Browser);
    },
    closeReplacements: async () => {},
  };
  return result;
}

const edition = { name: 'edition' } as Edition;
const options = {} as RenderEditionOptions;

describe('renderWithRetry: a browser that dies is replaced only while it is needed', () => {
  beforeEach(() => {
    attempts.length = 0;
  });

  it('renders again in a fresh browser when Chromium dies before printing', async () => {
    attempts.push('crash-before-print', 'succeed');
    const browsers = supply();
    await expect(renderWithRetry(browsers, edition, options, () => {})).resolves.toBeDefined();
    expect(browsers.replaced).toBe(1);
  });

  it('reports a failed check as the book’s, even with the browser already closed', async () => {
    attempts.push('fail-after-print', 'succeed');
    const browsers = supply();
    const onLaidOut = vi.fn();
    await expect(renderWithRetry(browsers, edition, { ...options, onLaidOut }, () => {})).rejects.toThrow(/incomplete/);
    expect(browsers.replaced).toBe(0);
    expect(onLaidOut).toHaveBeenCalledOnce();
  });
});
