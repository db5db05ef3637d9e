import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Every module URL a fresh Node resolves while importing `files` one after another. */
async function modulesLoadedBy(...files: string[]): Promise<string[][]> {
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = [];
    registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); loaded.push(result.url); return result; } });
    const steps = [];
    for (const file of ${JSON.stringify(files.map((file) => path.resolve(file)))}) {
      await import(file);
      steps.push(loaded.splice(0));
    }
    console.log(JSON.stringify(steps));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as string[][];
}

const pdfLibraries = /\/node_modules\/(pdf-lib|unpdf)\//;

describe('the CLI loads the checks and post-processing while Chromium lays out, not before', () => {
  it('starts a render without pdf-lib, pdf.js or the guards; they come with check-and-finish.ts', async () => {
    const [beforeRender = [], afterLayout = []] = await modulesLoadedBy(
      'workbook/cli/print-edition.ts',
      'workbook/render/check-and-finish.ts',
    );
    // What the render needs is there: Chromium's driver and the render itself.
    expect(beforeRender.some((url) => url.includes('/node_modules/playwright-core/'))).toBe(true);
    expect(beforeRender.some((url) => url.endsWith('/workbook/render/render-edition.ts'))).toBe(true);
    // Which chapters an edition holds is light and decides its parts; reading the PDF back is not.
    expect(beforeRender.filter((url) => pdfLibraries.test(url) || url.endsWith('/guard/check-edition.ts'))).toEqual([]);
    expect(afterLayout.some((url) => pdfLibraries.test(url))).toBe(true);
    expect(afterLayout.some((url) => url.endsWith('/workbook/guard/check-edition.ts'))).toBe(true);
  });
});
