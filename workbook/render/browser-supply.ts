import type { Browser } from 'playwright-core';

/**
 * The Chromium renders run in, and a fresh one when it dies. Several renders share a browser, so
 * when it is killed they all fail at once; the first to ask for a replacement launches it and the
 * others get the same one, so one crash costs one relaunch.
 */
export interface BrowserSupply {
  /** The browser to render in now. */
  current(): Promise<Browser>;
  /** A live browser in place of `dead` (launched once per dead browser). */
  replace(dead: Browser): Promise<Browser>;
  /** Closes the browsers this supply launched; the first one is its owner's to close. */
  closeReplacements(): Promise<void>;
}

export function browserSupply(first: Browser | Promise<Browser>, launch: () => Promise<Browser>): BrowserSupply {
  let current = Promise.resolve(first);
  const replaced = new Set<Browser>();
  const launched: Promise<Browser>[] = [];
  return {
    current: () => current,
    replace: (dead) => {
      if (!replaced.has(dead)) {
        replaced.add(dead);
        // The dead browser's process is gone; closing it only tidies Playwright's side.
        void dead.close().catch(() => {});
        current = launch();
        launched.push(current);
      }
      return current;
    },
    closeReplacements: async () => {
      await Promise.all(launched.map(async (browser) => (await browser.catch(() => undefined))?.close()));
    },
  };
}
