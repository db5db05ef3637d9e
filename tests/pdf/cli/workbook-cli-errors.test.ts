import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

const out = useTempDir('workbook-cli-errors');
const pdf = () => path.join(out(), 'never.pdf');

describe('npm run workbook: bad options', () => {
  it.each([
    [['--paper', 'b5'], '--paper: received "b5"; allowed: "letter", "a4".'],
    [['--chapters', '0-3'], '--chapters: “0-3” is outside the book; chapters are numbered 1–10.'],
    [['--chapters', '11'], '--chapters: “11” is outside the book; chapters are numbered 1–10.'],
    [['--chapters', '7-5'], '--chapters: “7-5” runs backwards; write the lower number first, like "5-7".'],
    [['--chapters', 'two'], '--chapters: “two” is not a chapter number or range; use numbers 1–10 like "2,5-7".'],
    [['--lines', 'huge'], '--lines: received "huge"; allowed: "compact", "standard", "roomy".'],
    [['--practice', 'x'.repeat(81)], '--practice: is 81 characters long; at most 80 allowed. Shorten it.'],
    [['--contact', 'a | b | c'], '--contact: contact takes at most two lines.'],
    [
      ['--practice', 'Hope \uE000 Counselling'],
      "--practice: U+E000 cannot be printed with the workbook's fonts; remove it.",
    ],
    [['--bogus'], '--bogus: not an option of this command; check its spelling.'],
    [
      ['--fillable', '--booklet'],
      '--fillable: a booklet cannot be fillable: its pages are imposed two to a sheet for printing and folding. Print the booklet, or make a fillable edition without the booklet.',
    ],
  ])('%j is refused with a message that lists what is allowed', async (args, message) => {
    const result = await runWorkbookCli([...args, '--out', pdf()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('npm run workbook -- --help');
    expect(existsSync(pdf())).toBe(false);
  });

  it('needs --out, and a .pdf', async () => {
    expect((await runWorkbookCli([])).stderr).toContain('--out: is missing');
    const wrong = await runWorkbookCli(['--out', path.join(out(), 'edition.txt')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('should end in .pdf');
  });

  it('--help lists every option and exits 0', async () => {
    const result = await runWorkbookCli(['--help']);
    expect(result.code).toBe(0);
    for (const option of [
      '--paper',
      '--practice',
      '--contact',
      '--chapters',
      '--lines',
      '--prompts-only',
      '--booklet',
      '--facilitator',
      '--out',
    ]) {
      expect(result.stdout).toContain(option);
    }
  });
});
