import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The sheets that declare the workbook's faces, the only places fonts are chosen, each with the
 * custom property that holds its stack: the book's serif (fonts.css) and large print's sans
 * serif (large-print-fonts.css).
 */
export const fontSheets = {
  book: { css: path.resolve(import.meta.dirname, '../print/styles/fonts.css'), stack: '--wb-font' },
  largePrint: {
    css: path.resolve(import.meta.dirname, '../print/styles/large-print-fonts.css'),
    stack: '--wb-font-large-print',
  },
} as const;

/** Which of the workbook's font stacks an edition is set in. */
export type FontSetting = keyof typeof fontSheets;

export const fontSettings = Object.keys(fontSheets) as FontSetting[];

/** The stack an edition is set in: large print's sans serif, or the book's. */
export function fontSettingOf(edition: { largePrint: boolean }): FontSetting {
  return edition.largePrint ? 'largePrint' : 'book';
}

/** One @font-face rule of a bundled package: a slice of a family, at one weight and style. */
export interface BundledFace {
  family: string;
  weight: number;
  style: string;
  /** Absolute path of its WOFF2 file. */
  file: string;
  /** Inclusive code point ranges from its unicode-range; everything when it has none. */
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const IMPORT = /@import\s+['"]([^'"]+)['"]/g;
const FACE = /@font-face\s*{([^}]*)}/g;

/** The npm packages the font sheets import from, with their installed versions. */
export function bundledPackages(): Record<string, string> {
  const packages = new Set(importedSheets().map((sheet) => sheet.split('/').slice(0, 2).join('/')));
  return Object.fromEntries(
    [...packages].sort().map((name) => {
      const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
      return [name, manifest.version];
    }),
  );
}

/** Every @font-face rule that the font sheets bring in, in order. */
export function bundledFaces(): BundledFace[] {
  return importedSheets().flatMap((sheet) => {
    const file = require.resolve(sheet);
    return [...readFileSync(file, 'utf8').matchAll(FACE)].map(([, body = '']) => parseFace(body, path.dirname(file)));
  });
}

/** The family names of one stack, in order: the book's unless asked for another. */
export function fontStack(setting: FontSetting = 'book'): string[] {
  const { css, stack: property } = fontSheets[setting];
  const stack = new RegExp(`${property}:\\s*([^;]+);`).exec(readFileSync(css, 'utf8'))?.[1];
  if (!stack) throw new Error(`${css} sets no ${property}`);
  return stack.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
}

function importedSheets(): string[] {
  return Object.values(fontSheets).flatMap(({ css }) =>
    [...readFileSync(css, 'utf8').matchAll(IMPORT)].map(([, sheet = '']) => sheet),
  );
}

function parseFace(body: string, folder: string): BundledFace {
  const value = (name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
  const woff2 = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(value('src') ?? '')?.[1];
  const family = value('font-family')?.replace(/^['"]|['"]$/g, '');
  if (!woff2 || !family) throw new Error(`an @font-face in ${folder} has no family or no WOFF2 file`);
  return {
    family,
    weight: Number(value('font-weight') ?? 400),
    style: value('font-style') ?? 'normal',
    file: path.resolve(folder, woff2),
    ranges: parseUnicodeRange(value('unicode-range')),
  };
}

function parseUnicodeRange(value: string | undefined): [number, number][] {
  if (value === undefined) return [[0, 0x10ffff]];
  return value.split(',').map((part) => {
    const [first = '', last = first] = part.trim().replace(/^U\+/i, '').split('-');
    if (first.includes('?'))
      return [parseInt(first.replaceAll('?', '0'), 16), parseInt(first.replaceAll('?', 'f'), 16)];
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}
