import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const scratch = useTempDir('compile-cache');

/** Every file under `folder`, or none when it does not exist. */
function filesUnder(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe('npm run workbook keeps its compiled code (workbook/io/compile-cache.ts)', () => {
  it("writes Node's compile cache for the command's modules, in the temp folder, with no setting", async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: scratch() };
    delete env['NODE_COMPILE_CACHE'];
    delete env['NODE_DISABLE_COMPILE_CACHE'];
    const { stdout } = await run(process.execPath, [path.resolve('workbook/cli/workbook.ts'), '--help'], { env });
    expect(stdout).toMatch(/--paper/);
    expect(filesUnder(path.join(scratch(), 'node-compile-cache')).length).toBeGreaterThan(0);
  });
});
