import { escapeInput } from '../../src/lib/quote-input.ts';

/**
 * Parses a chapter selection like "2,5-7" into sorted, unique chapter numbers within 1..max.
 * Returns an error message a person can act on instead of throwing, so the CLI and the studio
 * form can show it next to the field.
 */
export function parseChapterSelection(text: string, max: number): { chapters: number[] } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'all') return { chapters: range(1, max) };
  const chosen = new Set<number>();
  for (const part of trimmed.split(',')) {
    const piece = part.trim();
    const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(piece);
    if (!match)
      return { error: `“${escapeInput(piece)}” is not a chapter number or range; use numbers 1–${max} like "2,5-7"` };
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from > to)
      return { error: `“${escapeInput(piece)}” runs backwards; write the lower number first, like "${to}-${from}"` };
    if (from < 1 || to > max)
      return { error: `“${escapeInput(piece)}” is outside the book; chapters are numbered 1–${max}` };
    for (const number of range(from, to)) chosen.add(number);
  }
  return { chapters: [...chosen].sort((a, b) => a - b) };
}

/** "1,2,3,5" → "1-3,5": the shortest selection string for a set of chapters. */
export function formatChapterSelection(chapters: readonly number[]): string {
  const sorted = [...new Set(chapters)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let index = 0; index < sorted.length;) {
    const start = sorted[index] ?? 0;
    let end = start;
    while (sorted[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? String(start) : `${start}-${end}`);
    index += 1;
  }
  return parts.join(',');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
