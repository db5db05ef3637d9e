import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The sheet that declares the workbook's faces: the one place the fonts are chosen. */
export const fontsCss = path.resolve(import.meta.dirname, '../print/styles/fonts.css');

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

/** The npm packages fonts.css imports from, with their installed versions. */
export function bundledPackages(): Record<string, string> {
  const packages = new Set(importedSheets().map((sheet) => sheet.split('/').slice(0, 2).join('/')));
  return Object.fromEntries(
    [...packages].sort().map((name) => {
      const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
      return [name, manifest.version];
    }),
  );
}

/** Every @font-face rule that fonts.css brings in, in order. */
export function bundledFaces(): BundledFace[] {
  return importedSheets().flatMap((sheet) => {
    const file = require.resolve(sheet);
    return [...readFileSync(file, 'utf8').matchAll(FACE)].map(([, body = '']) => parseFace(body, path.dirname(file)));
  });
}

/** The family names of fonts.css's stack, in order. */
export function fontStack(): string[] {
  const stack = /--wb-font:\s*([^;]+);/.exec(readFileSync(fontsCss, 'utf8'))?.[1];
  if (!stack) throw new Error(`${fontsCss} sets no --wb-font`);
  return stack.split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
}

function importedSheets(): string[] {
  return [...readFileSync(fontsCss, 'utf8').matchAll(IMPORT)].map(([, sheet = '']) => sheet);
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
