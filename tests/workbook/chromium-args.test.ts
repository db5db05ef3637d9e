import { describe, expect, it } from 'vitest';
import { chromiumArgs, RENDERING_ARGS } from '../../workbook/browser/chromium-args.ts';

describe('chromiumArgs', () => {
  it('drops the flags that crash multi-page browsers or weaken the same-origin policy', () => {
    const args = chromiumArgs([
      '--single-process',
      '--no-zygote',
      '--no-sandbox',
      '--disable-web-security',
      '--allow-running-insecure-content',
      "--headless='shell'",
      '--font-render-hinting=none',
    ]);
    expect(args).toEqual([
      '--no-zygote',
      '--no-sandbox',
      '--font-render-hinting=none',
      ...RENDERING_ARGS.filter((arg) => arg !== '--font-render-hinting=none'),
    ]);
  });

  it('adds the quiet, offline rendering flags exactly once', () => {
    const args = chromiumArgs([]);
    expect(args).toEqual([...RENDERING_ARGS]);
    expect(args).toContain('--disable-quic');
  });
});
