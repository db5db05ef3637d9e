import { describe, expect, it } from 'vitest';
import { chromiumArgs } from '../../../workbook/browser/chromium-args.ts';

/** Written out here, not imported: the test states which flags a render must run with. */
const QUIET_OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
  '--disable-gpu',
];

describe('chromiumArgs', () => {
  it('drops the flags that crash multi-page browsers, weaken the same-origin policy or composite in software', () => {
    const args = chromiumArgs([
      '--single-process',
      '--no-zygote',
      '--no-sandbox',
      '--disable-web-security',
      '--allow-running-insecure-content',
      "--headless='shell'",
      '--headless',
      '--font-render-hinting=none',
      '--in-process-gpu',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ]);
    expect(args).toEqual([
      '--no-zygote',
      '--no-sandbox',
      '--font-render-hinting=none',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      '--disable-gpu',
    ]);
  });

  it('keeps a flag that only starts like a dropped one', () => {
    expect(chromiumArgs(['--headless-mode-test', '--single-process-extra'])).toEqual([
      '--headless-mode-test',
      '--single-process-extra',
      ...QUIET_OFFLINE_FLAGS,
    ]);
  });

  it('adds the quiet, offline rendering flags exactly once', () => {
    expect(chromiumArgs([])).toEqual(QUIET_OFFLINE_FLAGS);
    expect(chromiumArgs(['--disable-quic', '--no-first-run'])).toEqual([
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--font-render-hinting=none',
      '--disable-gpu',
    ]);
  });
});
