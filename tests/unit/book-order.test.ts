import { describe, expect, it } from 'vitest';
import { groupByPart, orderChapters, type OrderableChapter } from '../../src/lib/book-order.ts';

function chapter(id: string, order: number, part?: string, unnumbered = false): OrderableChapter {
  return { id, filePath: `content/guide/${id}.mdx`, data: { order, title: id, part, unnumbered } };
}

describe('orderChapters', () => {
  it('sorts by order and numbers all but the unnumbered introduction', () => {
    const ordered = orderChapters([chapter('b', 3), chapter('intro', 1, undefined, true), chapter('a', 2)]);
    expect(ordered.map((c) => [c.entry.id, c.number, c.index])).toEqual([
      ['intro', undefined, 0],
      ['a', 1, 1],
      ['b', 2, 2],
    ]);
  });

  it('refuses a duplicate order, naming both files', () => {
    expect(() => orderChapters([chapter('first', 2), chapter('second', 2)])).toThrow(
      'content/guide/second.mdx → order: 2 is already used by content/guide/first.mdx; each chapter needs its own order. Renumber one of them.',
    );
  });
});

describe('groupByPart', () => {
  it('keeps reading order and starts a group whenever the part changes', () => {
    const ordered = orderChapters([
      chapter('intro', 1, undefined, true),
      chapter('a', 2, 'One'),
      chapter('b', 3, 'One'),
      chapter('c', 4, 'Two'),
    ]);
    expect(groupByPart(ordered).map((group) => [group.part, group.chapters.map((c) => c.entry.id)])).toEqual([
      [undefined, ['intro']],
      ['One', ['a', 'b']],
      ['Two', ['c']],
    ]);
  });
});
