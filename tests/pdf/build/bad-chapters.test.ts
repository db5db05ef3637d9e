import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brokenChapter } from '../../support/content-arbitraries.ts';
import { propertySeed } from '../../support/property-runs.ts';
import { ownCacheConfig } from '../../support/own-cache-config.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const run = promisify(execFile);
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const scratch = useTempDir('bad-chapters');

function ownCache(): string {
  return ownCacheConfig(scratch());
}

/**
 * Builds a two-chapter book in which `patience.mdx` has been broken by `breakIt`, and returns
 * what the build printed. The real build must fail, so a zero exit is itself a failure.
 */
async function buildBroken(name: string, breakIt: (source: string) => string, extra?: (dir: string) => void) {
  const dir = path.join(scratch(), name, 'guide');
  cpSync('content/guide/introduction.mdx', path.join(dir, 'introduction.mdx'));
  const patience = readFileSync('content/guide/patience.mdx', 'utf8');
  const broken = breakIt(patience);
  expect(broken, 'the fixture must actually change the chapter').not.toBe(patience);
  writeFileSync(path.join(dir, 'patience.mdx'), broken);
  extra?.(dir);
  try {
    await run(
      process.execPath,
      [astro, 'build', '--config', ownCache(), '--outDir', path.join(scratch(), name, 'dist')],
      {
        env: { ...process.env, GUIDE_CONTENT_DIR: dir, FORCE_COLOR: '0', NO_COLOR: '1' },
      },
    );
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
  }
  throw new Error(`the build of "${name}" succeeded, but a broken chapter must fail it`);
}

describe('a bad chapter fails the build with one clear message', () => {
  it('names a missing title', async () => {
    const output = await buildBroken('missing-title', (s) => s.replace(/^title: .*\n/m, ''));
    expect(output).toContain('patience.mdx');
    expect(output).toContain('title: is missing; expected text. Add it.');
  });

  it('names a mistyped order', async () => {
    const output = await buildBroken('mistyped-order', (s) => s.replace(/^order: \d+$/m, 'order: "seven"'));
    expect(output).toContain('patience.mdx');
    expect(output).toContain('order: expected a number, received "seven".');
  });

  it('names both files of a duplicate order', async () => {
    const output = await buildBroken('duplicate-order', (s) => s.replace(/^order: \d+$/m, 'order: 1'));
    expect(output).toMatch(
      /patience\.mdx → order: 1 is already used by \S*introduction\.mdx; each chapter needs its own order/,
    );
  });

  it('names an unknown component and the ones allowed', async () => {
    const output = await buildBroken('unknown-component', (s) =>
      s.replace('<Reflection', '<Reflektion').replace('</Reflection>', '</Reflektion>'),
    );
    expect(output).toMatch(/patience\.mdx:\d+ → <Reflektion>: unknown component; allowed: <Reflection>, <Exercise>/);
  });

  it('names a <Reflection> for an unknown partner', async () => {
    const output = await buildBroken('unknown-for', (s) =>
      s.replace('<Reflection for="hurt"', '<Reflection for="partner"'),
    );
    expect(output).toMatch(
      /patience\.mdx:\d+ <Reflection> → for: received "partner"; allowed: "hurt", "involved", "both"\./,
    );
  });

  it('names a <Reflection> with no prompt', async () => {
    const output = await buildBroken('empty-prompt', (s) =>
      s.replace(/(<Reflection[^>]*>)\n[^<]*\n(<\/Reflection>)/, '$1\n$2'),
    );
    expect(output).toMatch(/patience\.mdx:\d+ <Reflection> → prompt: is empty/);
  });

  it('names the field of a generated broken frontmatter (one sample of the unit property, a real build)', async () => {
    // One build costs seconds: the unit layer tries hundreds of these against the schema itself.
    const [{ props, field }] = fc.sample(
      brokenChapter.filter(({ field: name }) => /^[A-Za-z]\w*$/.test(name)),
      { seed: propertySeed, numRuns: 1 },
    ) as [{ props: Record<string, unknown>; field: string }];
    const output = await buildBroken('generated', (s) =>
      s.replace(/^---\n[\s\S]*?\n---\n/, `---\n${JSON.stringify(props)}\n---\n`),
    );
    expect(output, JSON.stringify(props)).toContain('patience.mdx');
    expect(output, JSON.stringify(props)).toContain(field);
  });
});
