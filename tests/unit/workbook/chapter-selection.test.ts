import { describe, expect, it } from 'vitest';
import { formatChapterSelection, parseChapterSelection } from '../../../workbook/edition/chapter-selection.ts';

describe('parseChapterSelection', () => {
  it.each([
    ['', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['  ', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['all', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['ALL', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['3', [3]],
    ['2,5-7', [2, 5, 6, 7]],
    ['2 – 4', [2, 3, 4]],
    ['9,1,4-5,1', [1, 4, 5, 9]],
    ['1-10', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['4-4', [4]],
  ])('reads %j', (text, chapters) => {
    expect(parseChapterSelection(text, 10)).toEqual({ chapters });
  });

  it.each([
    ['2,x', '“x” is not a chapter number or range; use numbers 1–10 like "2,5-7"'],
    ['2,,3', '“” is not a chapter number or range; use numbers 1–10 like "2,5-7"'],
    ['1.5', '“1.5” is not a chapter number or range; use numbers 1–10 like "2,5-7"'],
    ['-3', '“-3” is not a chapter number or range; use numbers 1–10 like "2,5-7"'],
    ['7-5', '“7-5” runs backwards; write the lower number first, like "5-7"'],
    [' 7 - 5 ', '“7 - 5” runs backwards; write the lower number first, like "5-7"'],
    ['0', '“0” is outside the book; chapters are numbered 1–10'],
    ['9-11', '“9-11” is outside the book; chapters are numbered 1–10'],
    ['1, 12', '“12” is outside the book; chapters are numbered 1–10'],
  ])('rejects %j with a message a person can act on', (text, error) => {
    expect(parseChapterSelection(text, 10)).toEqual({ error });
  });

  it('numbers chapters up to the book’s own count', () => {
    expect(parseChapterSelection('', 3)).toEqual({ chapters: [1, 2, 3] });
    expect(parseChapterSelection('4', 3)).toEqual({ error: '“4” is outside the book; chapters are numbered 1–3' });
  });
});

describe('formatChapterSelection', () => {
  it.each([
    [[1, 2, 3, 5], '1-3,5'],
    [[5, 3, 1, 2, 2], '1-3,5'],
    [[4], '4'],
    [[2, 4, 6], '2,4,6'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], '1-10'],
    [[], ''],
  ])('writes %j as %j', (chapters, text) => {
    expect(formatChapterSelection(chapters)).toBe(text);
  });

  it('round-trips every selection of ten chapters', () => {
    for (let mask = 1; mask < 1 << 10; mask += 1) {
      const chapters = Array.from({ length: 10 }, (_, index) => index + 1).filter(
        (number) => mask & (1 << (number - 1)),
      );
      expect(parseChapterSelection(formatChapterSelection(chapters), 10)).toEqual({ chapters });
    }
  });
});
