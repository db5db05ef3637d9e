import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import { expect, it } from 'vitest';

const fixturesRoot = path.resolve(import.meta.dirname, '../../fixtures/remark');

/**
 * Runs a remark plugin over every case in `tests/fixtures/remark/<plugin>/<case>/`:
 * `input.mdx` → `output.mdx` and `data.json` (what the plugin added to the frontmatter),
 * or → `error.txt` when the plugin must refuse the input. `UPDATE_FIXTURES=1` rewrites them.
 */
export function runFixtures(pluginName: string, plugin: Plugin<[any?], any>, options?: unknown): void {
  const dir = path.join(fixturesRoot, pluginName);
  for (const name of readdirSync(dir).sort()) {
    it(`fixture ${name}`, async () => {
      const caseDir = path.join(dir, name);
      const input = readFileSync(path.join(caseDir, 'input.mdx'), 'utf8');
      const file = new VFile({ value: input, path: path.join('content/guide', `${name}.mdx`) });
      const processor = remark().use(remarkMdx).use(plugin, options);
      const update = process.env['UPDATE_FIXTURES'] === '1';
      const errorPath = path.join(caseDir, 'error.txt');

      let output: string;
      try {
        output = String(await processor.process(file));
      } catch (error) {
        // Only a refusal written for a person is an expected outcome; a crash is a failure even when updating.
        if (!(error instanceof Error) || error.name !== 'FriendlyError') throw error;
        const message = `${error.message}\n`;
        if (update) writeFileSync(errorPath, message);
        expect(existsSync(errorPath), `${name} threw unexpectedly: ${message}`).toBe(true);
        expect(message).toBe(readFileSync(errorPath, 'utf8'));
        return;
      }
      if (update) rmSync(errorPath, { force: true });
      expect(existsSync(errorPath), `${name} should have failed`).toBe(false);
      const data = `${JSON.stringify((file.data as { astro?: { frontmatter?: unknown } }).astro?.frontmatter ?? {}, null, 2)}\n`;
      if (update) {
        writeFileSync(path.join(caseDir, 'output.mdx'), output);
        writeFileSync(path.join(caseDir, 'data.json'), data);
      }
      expect(output).toBe(readFileSync(path.join(caseDir, 'output.mdx'), 'utf8'));
      expect(data).toBe(readFileSync(path.join(caseDir, 'data.json'), 'utf8'));
    });
  }
}
