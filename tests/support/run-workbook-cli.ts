import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { runWorkbookCommand } from '../../workbook/cli/workbook-command.ts';
import { withTempDir } from './temp-dir.ts';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run workbook -- …` the way a publisher does (node on the CLI's entry file), with `env` added. */
export async function runWorkbookCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.resolve('workbook/cli/workbook.ts'), ...args], {
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

/**
 * Makes an edition with the CLI (`args` without `--out`) in a temporary folder and returns its
 * PDF's page count: sheet sides for a booklet. Throws with the CLI's message if it fails.
 * The command runs in this process (workbook-command.ts: the CLI's parser, checks and render,
 * without the process around them), so a test comparing a dozen editions with the CLI does not
 * start Node and load the renderer a dozen times; the CLI tests (tests/pdf/cli/) run the real
 * process.
 */
export async function cliPageCount(args: readonly string[]): Promise<number> {
  return withTempDir('cli-pages', async (dir) => {
    const pdf = path.join(dir, 'edition.pdf');
    try {
      await runWorkbookCommand([...args, '--out', pdf], new AbortController().signal);
    } catch (error) {
      throw new Error(`npm run workbook -- ${args.join(' ')} failed: ${(error as Error).message}`, { cause: error });
    }
    return (await PDFDocument.load(await readFile(pdf), { updateMetadata: false })).getPageCount();
  });
}
