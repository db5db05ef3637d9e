import type { Spread } from './stats.ts';

export const KB = 1024;
export const MB = 1024 * 1024;

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

export function mb(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a' : `${(bytes / MB).toFixed(0)} MB`;
}

export function seconds(value: number, digits = 2): string {
  return `${value.toFixed(digits)} s`;
}

/** "2.61 s (2.55–2.70)": the median, then the range over the runs. */
export function spread(value: Spread, digits = 2): string {
  if (value.runs.length === 1) return seconds(value.median, digits);
  return `${seconds(value.median, digits)} (${value.min.toFixed(digits)}–${value.max.toFixed(digits)})`;
}

/** "1.99 (1.74–2.09)": a ratio's median over the runs, then its range. */
export function ratioSpread(value: Spread): string {
  if (value.runs.length === 1) return value.median.toFixed(2);
  return `${value.median.toFixed(2)} (${value.min.toFixed(2)}–${value.max.toFixed(2)})`;
}

/** Left-aligned first column, right-aligned figures, two spaces between columns. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A GitHub-flavoured markdown table, for pasting into the README (Prettier aligns it there). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (row: readonly string[]) => `| ${row.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
