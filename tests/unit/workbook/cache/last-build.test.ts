import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildInputsDigest, folderDigest } from '../../../../workbook/cache/last-build.ts';
import { withTempDir } from '../../../support/temp-dir.ts';

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** A project as git sees it: a chapter and the config tracked, build output ignored. */
function project(dir: string): void {
  execFileSync('git', ['init', '-q'], { cwd: dir });
  write(dir, '.gitignore', 'dist/\nnode_modules/\n.env\n');
  write(dir, 'content/guide/patience.mdx', '---\ntitle: Patience\n---\nBe patient.\n');
  write(dir, 'astro.config.mjs', 'export default {};\n');
  write(dir, 'node_modules/.package-lock.json', '{"packages":{"node_modules/pagedjs":{"version":"0.4.3"}}}');
  write(dir, 'dist/index.html', '<p>built</p>');
  execFileSync('git', ['add', '.'], { cwd: dir });
}

/** Whether `change` to the project changes the digest of what a build is made from. */
async function changesInputs(change: (dir: string) => void): Promise<boolean> {
  return withTempDir('last-build', async (dir) => {
    project(dir);
    const before = await buildInputsDigest(dir, { date: '2026-11-30' });
    change(dir);
    const after = await buildInputsDigest(dir, { date: '2026-11-30' });
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    return after !== before;
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('what a whole build is made from', () => {
  it('changes with a tracked file, a new file, a deleted file, the .env file, the installed packages', async () => {
    expect(await changesInputs(() => undefined)).toBe(false);
    expect(await changesInputs((dir) => write(dir, 'content/guide/patience.mdx', 'Be patient, please.\n'))).toBe(true);
    expect(await changesInputs((dir) => write(dir, 'content/guide/hope.mdx', '---\ntitle: Hope\n---\n'))).toBe(true);
    expect(await changesInputs((dir) => rmSync(path.join(dir, 'content/guide/patience.mdx')))).toBe(true);
    expect(await changesInputs((dir) => write(dir, '.env', 'PUBLIC_NAME=x\n'))).toBe(true);
    expect(
      await changesInputs((dir) =>
        write(dir, 'node_modules/.package-lock.json', '{"packages":{"node_modules/pagedjs":{"version":"0.4.4"}}}'),
      ),
    ).toBe(true);
  });

  it('changes with the address, but not with output or other ignored files', async () => {
    expect(await changesInputs(() => vi.stubEnv('SITE_URL', 'https://couples.example.com/'))).toBe(true);
    expect(await changesInputs((dir) => write(dir, 'dist/index.html', '<p>edited</p>'))).toBe(false);
    expect(await changesInputs((dir) => write(dir, 'node_modules/x/index.js', ''))).toBe(false);
  });

  it('changes with the build date and browser it is given', async () => {
    await withTempDir('last-build', async (dir) => {
      project(dir);
      expect(await buildInputsDigest(dir, { date: '2026-11-30' })).not.toBe(
        await buildInputsDigest(dir, { date: '2026-12-01' }),
      );
    });
  });

  it('is unknown outside a git checkout, so such a build always runs', async () => {
    await withTempDir('last-build', async (dir) => {
      write(dir, 'astro.config.mjs', '');
      expect(await buildInputsDigest(dir, {})).toBeUndefined();
    });
  });
});

describe('the digest of dist/', () => {
  it('changes when any file in it changes, and is undefined without it', async () => {
    await withTempDir('last-build', async (dir) => {
      project(dir);
      const dist = path.join(dir, 'dist');
      const before = await folderDigest(dist);
      write(dir, 'dist/downloads/workbook.pdf', '%PDF-1.7');
      expect(await folderDigest(dist)).not.toBe(before);
      expect(await folderDigest(path.join(dir, 'missing'))).toBeUndefined();
    });
  });
});
