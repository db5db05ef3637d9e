import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../../support/built-site.ts';

const run = promisify(execFile);

describe('a build whose render fails', () => {
  it('exits non-zero, names the timeout, writes no PDF and leaves dist/ as it was', async () => {
    requireDist();
    const before = statSync('dist/index.html').mtimeMs;
    let failure: { code?: number; stdout?: string; stderr?: string } | undefined;
    try {
      // --no-cache: with the cache, an unchanged book renders nothing and so cannot time out.
      await run(process.execPath, [path.resolve('workbook/build-book.ts'), '--no-cache'], {
        env: { ...process.env, WORKBOOK_RENDER_TIMEOUT_MS: '1' },
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure, 'the build must fail').toBeDefined();
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Pagination did not finish within 0\.001 s .*WORKBOOK_RENDER_TIMEOUT_MS/);
    // One readable line, not a stack trace (nor Playwright's crash when the browser closes under a render).
    expect(failure?.stderr).not.toMatch(/^\s+at /m);
    const downloads = path.resolve('.build/downloads');
    const written = existsSync(downloads) ? readdirSync(downloads) : [];
    expect(written.filter((file) => file.endsWith('.pdf') || file.includes('.tmp'))).toEqual([]);
    expect(statSync('dist/index.html').mtimeMs).toBe(before);
  });
});
