import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveDirectory, type ServedDirectory } from '../../../workbook/io/serve-directory.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/print/', import.meta.url));
const runtime = fileURLToPath(new URL('../../../workbook/print/runtime/print-runtime.ts', import.meta.url));

/**
 * Serves tests/fixtures/print/ with the print runtime beside it as `print-runtime.js`, built by
 * Vite from the same module the print page bundles, so the fixture pages are driven exactly as
 * the book is. Works from a temp copy, removed by `close`, whatever the tests did.
 */
export async function servePrintFixtures(): Promise<ServedDirectory> {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-fixtures-'));
  try {
    cpSync(fixtures, dir, { recursive: true });
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: dir,
        emptyOutDir: false,
        minify: false,
        lib: { entry: runtime, formats: ['es'], fileName: () => 'print-runtime.js' },
      },
    });
    const server = await serveDirectory(dir);
    return {
      url: server.url,
      close: async () => {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
