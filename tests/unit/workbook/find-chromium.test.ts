import { describe, expect, it } from 'vitest';
import { findChromium, type ChromiumLookup, type SparticuzChromium } from '../../../workbook/browser/find-chromium.ts';

const sparticuz: SparticuzChromium = {
  executablePath: () => Promise.resolve('/tmp/chromium'),
  args: ['--no-sandbox', '--single-process'],
};

/** A machine with nothing installed unless a test says otherwise. */
function machine(overrides: Partial<ChromiumLookup>): Partial<ChromiumLookup> {
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    isExecutable: () => false,
    loadSparticuz: () => Promise.resolve(sparticuz),
    ...overrides,
  };
}

describe('findChromium', () => {
  it('prefers CHROME_PATH over everything else', async () => {
    const found = await findChromium(
      machine({ env: { CHROME_PATH: '/opt/chrome/chrome' }, isExecutable: (path) => path === '/opt/chrome/chrome' }),
    );
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', args: [], source: 'CHROME_PATH' });
  });

  it('names CHROME_PATH when it points at nothing executable', async () => {
    await expect(findChromium(machine({ env: { CHROME_PATH: '/nope/chrome' } }))).rejects.toThrow(
      /CHROME_PATH is set to "\/nope\/chrome", but no executable file is there/,
    );
  });

  it('uses @sparticuz/chromium with its args on Linux x64 and arm64', async () => {
    for (const arch of ['x64', 'arm64']) {
      const found = await findChromium(machine({ arch }));
      expect(found).toEqual({ executablePath: '/tmp/chromium', args: sparticuz.args, source: '@sparticuz/chromium' });
    }
  });

  it('falls back to a system Chromium on Linux when @sparticuz/chromium is unusable', async () => {
    const found = await findChromium(
      machine({
        loadSparticuz: () => Promise.reject(new Error('Cannot find package')),
        isExecutable: (path) => path === '/usr/bin/google-chrome',
      }),
    );
    expect(found).toEqual({ executablePath: '/usr/bin/google-chrome', args: [], source: 'system' });
  });

  it('finds Chrome, then Chromium, in /Applications on macOS without loading @sparticuz/chromium', async () => {
    const loadSparticuz = (): Promise<SparticuzChromium> => Promise.reject(new Error('must not be loaded on macOS'));
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    const both = await findChromium(
      machine({ platform: 'darwin', arch: 'arm64', loadSparticuz, isExecutable: () => true }),
    );
    expect(both).toEqual({ executablePath: chrome, args: [], source: 'system' });
    const onlyChromium = await findChromium(
      machine({ platform: 'darwin', arch: 'arm64', loadSparticuz, isExecutable: (path) => path === chromium }),
    );
    expect(onlyChromium.executablePath).toBe(chromium);
  });

  it('looks under Program Files on Windows', async () => {
    const found = await findChromium(
      machine({
        platform: 'win32',
        env: { PROGRAMFILES: 'C:\\Program Files' },
        isExecutable: (path) => path.includes('Program Files') && path.endsWith('chrome.exe'),
      }),
    );
    expect(found.source).toBe('system');
    expect(found.executablePath).toMatch(/Program Files.*Google.*Chrome.*Application.*chrome\.exe$/);
  });

  it('names the three ways to provide a browser when none is found', async () => {
    const error = await findChromium(machine({ platform: 'darwin' })).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain('set CHROME_PATH');
    expect(message).toContain('`npm ci` so @sparticuz/chromium is installed');
    expect(message).toContain('install Google Chrome');
    expect(message).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('reports why @sparticuz/chromium failed when nothing else is found on Linux', async () => {
    const failing = machine({
      loadSparticuz: () => Promise.reject(new Error('Cannot find package @sparticuz/chromium')),
    });
    await expect(findChromium(failing)).rejects.toThrow(/@sparticuz\/chromium could not be used: Cannot find package/);
  });
});
