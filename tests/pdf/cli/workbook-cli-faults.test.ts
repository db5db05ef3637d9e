import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../../support/built-site.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

/*
 * `npm run workbook` on a bad day: Chromium killed mid-render (once: retried in a fresh browser,
 * the same bytes; twice: one line in our voice, exit 1) and a full disk under --out (one line
 * naming the file and the cause, nothing left). Faults come from WORKBOOK_FAULT
 * (workbook/io/faults.ts, test-only); the full disk is a real 64 KB tmpfs when this runs as root
 * with mount allowed (CI), an injected ENOSPC otherwise.
 */

const out = mkdtempSync(path.join(tmpdir(), 'workbook-cli-faults-'));
/**
 * TMPDIR for the CLI: Chromium's profile and scratch folders go here, so the test sees any left
 * behind (@sparticuz/chromium also unpacks its browser here, once, in beforeAll's run).
 */
const scratch = path.join(out, 'tmp');
const leftBehind = () => readdirSync(scratch).filter((name) => /^(workbook-chromium-|playwright)/.test(name));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * One chapter: the faults strike as the first page is laid out and as the PDF is written, so a
 * whole book would only make each run longer (it is still well over the 64 KB disk).
 */
const oneChapterA4 = ['--paper', 'a4', '--chapters', '2'];

let clean: Buffer;
beforeAll(async () => {
  requireDist();
  mkdirSync(scratch);
  const result = await runWorkbookCli([...oneChapterA4, '--out', path.join(out, 'clean.pdf')], { TMPDIR: scratch });
  expect(result.code, result.stderr).toBe(0);
  clean = readFileSync(path.join(out, 'clean.pdf'));
});

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('npm run workbook, when Chromium is killed mid-render', () => {
  it('renders again in a fresh browser and writes the same bytes as an undisturbed run', async () => {
    const pdf = path.join(out, 'survived.pdf');
    const result = await runWorkbookCli([...oneChapterA4, '--out', pdf], {
      WORKBOOK_FAULT: 'kill-browser@edition',
      TMPDIR: scratch,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^edition: Chromium stopped during the render \(.+\); rendering it again in a fresh browser\.\n$/,
    );
    expect(readFileSync(pdf).equals(clean), 'the same bytes as a run without the crash').toBe(true);
    expect(leftBehind(), 'Chromium folders left in TMPDIR').toEqual([]);
  });

  it('says in one line what happened and what to do when the fresh browser dies too: exit 1, no PDF', async () => {
    const pdf = path.join(out, 'crashed.pdf');
    const result = await runWorkbookCli([...oneChapterA4, '--out', pdf], {
      WORKBOOK_FAULT: 'kill-browser@edition*2',
      TMPDIR: scratch,
    });
    expect(result.code).toBe(1);
    expect(lastLine(result.stderr)).toMatch(
      /^Chromium stopped twice while rendering the edition \(.+\); no PDF was written\. This usually means the computer ran short of memory: close other programs and run the command again\.$/,
    );
    expect(result.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain('Target crashed\n');
    expect(readdirSync(out).filter((name) => name.startsWith('crashed'))).toEqual([]);
    expect(leftBehind(), 'Chromium folders left in TMPDIR').toEqual([]);
  });
});

/** Mounts a 64 KB tmpfs at `folder`, or returns false where that is not allowed. */
function mountTinyDisk(folder: string): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('npm run workbook, on a full disk', () => {
  it('names the file and the cause in one line, exits 1 and leaves no partial PDF', async () => {
    const disk = path.join(out, 'disk');
    mkdirSync(disk);
    const mounted = mountTinyDisk(disk);
    try {
      const pdf = path.join(disk, 'edition.pdf');
      const result = await runWorkbookCli(
        [...oneChapterA4, '--out', pdf],
        mounted ? {} : { WORKBOOK_FAULT: 'enospc@edition.pdf' },
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `Could not write ${pdf}: the disk is full (ENOSPC); free some space on it and run the command again.\n`,
      );
      expect(readdirSync(disk), 'a partial PDF or temp file').toEqual([]);
    } finally {
      if (mounted) execFileSync('umount', [disk]);
    }
  });
});
