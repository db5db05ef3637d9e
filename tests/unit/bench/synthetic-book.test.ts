import { describe, expect, it } from 'vitest';
import { multiplyChapters, type ChapterFile } from '../../../bench/synthetic-book.ts';

const chapters: ChapterFile[] = [
  {
    name: 'introduction.mdx',
    source: '---\ntitle: "Introduction"\norder: 1\nunnumbered: true\nsummary: "S"\n---\n\nText.\n',
  },
  {
    name: 'patience.mdx',
    source:
      '---\ntitle: \'Being Patient with the Process\'\norder: 2\npart: "Day by day"\nsummary: "S"\n---\n\nText.\n\n' +
      '<Exercise title="Setback log" for="both" layout="lines" lines={4}>\nDo it.\n</Exercise>\n',
  },
];

const field = (source: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(source)?.[1];

describe('multiplyChapters', () => {
  const book = multiplyChapters(chapters, 3);

  it('makes factor × the chapters, with unique file names, titles, orders and exercise titles', () => {
    expect(book).toHaveLength(6);
    for (const key of ['title', 'order'])
      expect(new Set(book.map((chapter) => field(chapter.source, key))).size, key).toBe(6);
    expect(new Set(book.map((chapter) => chapter.name)).size).toBe(6);
    const exercises = book.flatMap((chapter) =>
      [...chapter.source.matchAll(/<Exercise title="([^"]*)"/g)].map((m) => m[1]),
    );
    expect(exercises).toEqual(['Setback log', 'Setback log (copy 2)', 'Setback log (copy 3)']);
  });

  it('keeps copy 1 word for word under a name of its own, and parts on every copy', () => {
    expect(book[1]).toEqual({ name: 'patience-copy-1.mdx', source: chapters[1]!.source });
    expect(book.filter((chapter) => field(chapter.source, 'part') === '"Day by day"')).toHaveLength(3);
  });

  it('orders copies after all earlier chapters, and leaves them unnumbered', () => {
    const copy = book.find((chapter) => chapter.name === 'patience-copy-3.mdx')!;
    expect(field(copy.source, 'title')).toBe('"Being Patient with the Process (copy 3)"');
    expect(field(copy.source, 'order')).toBe('6');
    expect(copy.source.match(/^unnumbered: true$/gm)).toHaveLength(1);
    expect(field(book.find((chapter) => chapter.name === 'introduction-copy-2.mdx')!.source, 'order')).toBe('3');
  });
});
