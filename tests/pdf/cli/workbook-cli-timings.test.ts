import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliTimingsSchema } from '../../../workbook/contracts/cli-timings.ts';
import { requireDist } from '../../support/built-site.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

const out = useTempDir('workbook-cli-timings');

beforeAll(requireDist);

describe('npm run workbook: what the bench reads from it', () => {
  it('with WORKBOOK_TIMINGS_FILE, writes where its time went, each step inside the whole, and its parts', async () => {
    const timingsFile = path.join(out(), 'timings.json');
    const result = await runWorkbookCli(['--chapters', '2', '--out', path.join(out(), 'timed.pdf')], {
      WORKBOOK_TIMINGS_FILE: timingsFile,
      WORKBOOK_PARTS: '3',
    });
    expect(result.code, result.stderr).toBe(0);
    const timings = cliTimingsSchema.parse(JSON.parse(readFileSync(timingsFile, 'utf8')));
    for (const step of ['beforeRender', 'render', 'guard', 'postprocess'] as const)
      expect(timings[step]).toBeGreaterThan(0);
    expect(timings.beforeRender + timings.render + timings.guard + timings.postprocess).toBeLessThan(timings.written);
    // Three parts allowed, but the introduction and chapter 2 are the only places to cut.
    expect(timings.parts).toBe(2);
  });

  it('honours WORKBOOK_RENDER_TIMEOUT_MS, as the build does, and names it when the render runs out of time', async () => {
    const result = await runWorkbookCli(['--out', path.join(out(), 'late.pdf')], { WORKBOOK_RENDER_TIMEOUT_MS: '1' });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Pagination did not finish within 0\.001 s .*WORKBOOK_RENDER_TIMEOUT_MS/);
  });
});
