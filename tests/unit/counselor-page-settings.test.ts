import { describe, expect, it } from 'vitest';
import { parseWorkbookArgs, usage } from '../../workbook/cli/parse-workbook-args.ts';
import { editionQuery, editionSettingsFromQuery } from '../../workbook/edition/edition-query.ts';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { isAddress, isPhoneNumber } from '../../workbook/edition/local-numbers.ts';

/*
 * The practice's page for its clients (local numbers, the rule for a crisis between sessions, the
 * policy on secrets, chapters for sessions only): read from the CLI and the address like every
 * setting, and refused in one line that names the setting when an entry would print wrong.
 */

const book = { chapterCount: 10 };
const schema = editionSchemaFor(book);

/** The CLI's error for these arguments: the UsageError's message. */
function cliError(...argv: string[]): string {
  try {
    parseWorkbookArgs([...argv, '--out', 'x.pdf'], () => book);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('local numbers', () => {
  it('reads labelled numbers and addresses, one a line or with " | " between them', () => {
    const edition = schema.parse({
      localNumbers: 'Emergency: 911\nCrisis line: +1 (800) 273-8255 | Domestic abuse: https://help.example.org/chat',
    });
    expect(edition.localNumbers).toEqual([
      { label: 'Emergency', value: '911' },
      { label: 'Crisis line', value: '+1 (800) 273-8255' },
      { label: 'Domestic abuse', value: 'https://help.example.org/chat' },
    ]);
    expect(editionSettingsFromQuery(editionQuery(edition))).toEqual({
      localNumbers: 'Emergency: 911 | Crisis line: +1 (800) 273-8255 | Domestic abuse: https://help.example.org/chat',
    });
  });

  it('refuses a number that is not one, in one line naming the setting, the entry and the fix', () => {
    const message = cliError('--local-numbers', 'Emergency: 911 | Crisis line: 98x8');
    expect(message).toBe(
      '--local-numbers: entry 2, “Crisis line: 98x8”: “98x8” is neither a phone number nor a web or e-mail address; write digits with spaces and + ( ) - only, or an address like help.example.org.',
    );
  });

  it('refuses an entry with an empty label or an empty number, never printing a blank line', () => {
    expect(cliError('--local-numbers', ': 988')).toBe(
      '--local-numbers: entry 1, “: 988”: has no label; say whose number it is, e.g. "Crisis line: 988".',
    );
    expect(cliError('--local-numbers', 'Emergency: 911 | Crisis line:')).toBe(
      '--local-numbers: entry 2, “Crisis line:”: has no number; add it after the colon, e.g. "Crisis line: 988".',
    );
    expect(cliError('--local-numbers', '988')).toMatch(
      /^--local-numbers: entry 1, “988”: write a label, a colon, then the number, e\.g\. "Crisis line: 988"\.$/,
    );
  });

  it('refuses more entries than the page has room for', () => {
    const seven = Array.from({ length: 7 }, (_, index) => `Line ${index + 1}: 10${index}`).join(' | ');
    expect(cliError('--local-numbers', seven)).toBe('--local-numbers: give at most 6 entries; 7 were given.');
  });

  it('checks the characters against the bundled fonts, as every printed field', () => {
    expect(cliError('--local-numbers', 'Crisis\uE000: 988')).toBe(
      "--local-numbers: U+E000 cannot be printed with the workbook's fonts; remove it.",
    );
  });

  it('tells a phone number and an address from anything else', () => {
    for (const number of ['999', '112', '116 123', '0808 2000 247', '+44 (0)20 7946 0000', '1-800-799-7233'])
      expect(isPhoneNumber(number), number).toBe(true);
    for (const address of ['help.example.org', 'https://www.example.org/chat?x=1', 'care@example.org'])
      expect(isAddress(address), address).toBe(true);
    for (const neither of ['98x8', '9', 'call us', '-112', 'example', 'a b.org', 'http://'])
      expect(isPhoneNumber(neither) || isAddress(neither), neither).toBe(false);
  });
});

describe('the practice’s rule and policy', () => {
  it('keeps each as one paragraph, typed line breaks and all', () => {
    const edition = schema.parse({ crisisRule: '  Call the crisis line.\nThen leave me a message.  ' });
    expect(edition.crisisRule).toBe('Call the crisis line. Then leave me a message.');
    expect(edition.secretsPolicy).toBe('');
  });

  it('refuses one longer than the page holds, naming the setting', () => {
    expect(cliError('--secrets-policy', 'a'.repeat(301))).toBe(
      '--secrets-policy: is 301 characters long; at most 300 allowed. Shorten it.',
    );
    expect(cliError('--crisis-rule', 'Call \uE000')).toBe(
      "--crisis-rule: U+E000 cannot be printed with the workbook's fonts; remove it.",
    );
  });
});

describe('chapters for sessions only', () => {
  it('is none by default and a selection like --chapters otherwise', () => {
    expect(schema.parse({}).sessionChapters).toEqual([]);
    expect(schema.parse({ sessionChapters: '6,2-3' }).sessionChapters).toEqual([2, 3, 6]);
    expect(editionQuery(schema.parse({ sessionChapters: '2,3,6' }))).toBe('sessionChapters=2-3%2C6');
  });

  it('is checked against the book, naming the setting', () => {
    expect(cliError('--session-chapters', '11')).toBe(
      '--session-chapters: “11” is outside the book; chapters are numbered 1–10.',
    );
  });
});

it('lists the four settings in the CLI’s usage', () => {
  for (const flag of ['--local-numbers', '--crisis-rule', '--secrets-policy', '--session-chapters'])
    expect(usage).toContain(flag);
});
