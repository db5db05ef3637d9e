import { describe, expect, it } from 'vitest';
import { FriendlyError } from '../../../src/lib/friendly-error.ts';
import type { FormFieldBox } from '../../../workbook/contracts/form-fields.ts';
import { checkFieldBoxes } from '../../../workbook/pdf/check-field-boxes.ts';

const letter = { width: 816, height: 1056 };
const field = (name: string, rect: FormFieldBox['rect'], page = 1): FormFieldBox => ({
  name,
  kind: 'multiline',
  page,
  rect,
  tooltip: name,
  linePitch: 32,
});

describe('checkFieldBoxes', () => {
  it('accepts boxes wholly on their pages, up to the edges', () => {
    expect(() =>
      checkFieldBoxes(
        [field('a', { x: 0, y: 0, width: 816, height: 1056 }), field('b', { x: 96, y: 96, width: 10, height: 10 }, 2)],
        [letter, letter],
      ),
    ).not.toThrow();
  });

  it('names every bad box in one error, with what is wrong', () => {
    const attempt = () =>
      checkFieldBoxes(
        [
          field('over.bottom', { x: 96, y: 1000, width: 600, height: 64 }),
          field('over.left', { x: -4, y: 10, width: 100, height: 20 }),
          field('missing.page', { x: 96, y: 96, width: 100, height: 20 }, 3),
          field('flat', { x: 96, y: 96, width: 100, height: 0 }),
          field('thin', { x: 96, y: 96, width: 400, height: 0.93 }),
          field('over.left', { x: 96, y: 96, width: 100, height: 20 }),
        ],
        [letter, letter],
      );
    expect(attempt).toThrow(FriendlyError);
    expect(attempt).toThrow(
      [
        'The fillable PDF was not made: 6 writing areas were measured where no field can go.',
        'Form field "over.bottom" (page 1): its box crosses the page\'s bottom edge (y 1000 + height 64 > 1056 px).',
        'Form field "over.left" (page 1): its box crosses the page\'s left edge (x -4 px).',
        'Form field "missing.page" (page 3): the PDF has no such page (it has 2).',
        'Form field "flat" (page 1): its box has no area (x 96, y 96, width 100, height 0 px).',
        'Form field "thin" (page 1): its box is too small to type in (400 × 0.93 px; at least 9 × 9 px).',
        'Form field "over.left" (page 1): this name is used by another field already; each field needs its own name.',
      ].join('\n'),
    );
  });

  it('refuses a name that another starts with, since a field cannot hold fields', () => {
    const box = { x: 96, y: 96, width: 100, height: 20 };
    expect(() => checkFieldBoxes([field('notes', box), field('notes.1', box)], [letter])).toThrow(
      'Form field "notes" (page 1): another field\'s name starts with this one and a dot ("notes.…"); rename one of them.',
    );
    expect(() => checkFieldBoxes([field('notes.1', box), field('notes-2.1', box)], [letter])).not.toThrow();
  });

  it('refuses a name with an empty part between dots', () => {
    expect(() => checkFieldBoxes([field('a..b', { x: 1, y: 1, width: 10, height: 10 })], [letter])).toThrow(
      'Form field "a..b" (page 1): the name has an empty part between dots.',
    );
  });
});
