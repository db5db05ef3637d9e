import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

/** What a reading page costs a reader, from its built file (no browser involved). */
export interface PageWeight {
  /** Site path, e.g. "/patience/". */
  path: string;
  /** The document without the contents of its inline <style> and <script> elements. */
  markup: Bytes;
  /** Inline <style> contents plus linked stylesheets. */
  css: Bytes;
  /** Executable scripts, inline and linked (JSON-LD and other data blocks are not JavaScript). */
  js: Bytes;
  /** Distinct woff2 files (site paths) the page's @font-face rules reference; woff fallbacks are never fetched. */
  fonts: Bytes & { files: string[] };
  /** HTML+CSS+JS as sent: the gzipped document plus gzipped linked stylesheets and scripts. */
  transfer: Bytes;
}

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK = /<link\b([^>]*)>/gi;
const FONT_FACE = /@font-face\s*{[^}]*}/gi;
const WOFF2_URL = /url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/gi;
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** A static import in a built module (`import{a}from"./x.js"`, `import"./x.js"`); `import("…")` is lazy and not counted. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;

export function measurePageWeight(siteDir: string, sitePath: string): PageWeight {
  const file = sitePath.endsWith('.html') ? sitePath : `${sitePath}index.html`;
  const html = readFileSync(path.join(siteDir, file), 'utf8');
  const sitePathOf = (href: string) => new URL(href, `http://site${sitePath}`).pathname;
  const load = (href: string) => readFileSync(path.join(siteDir, sitePathOf(href)));

  const inlineCss = [...html.matchAll(STYLE)].map((match) => match[1]!);
  const linkedCss = [...html.matchAll(LINK)]
    .map((match) => match[1]!)
    .filter((attributes) => /\brel=["']?stylesheet\b/i.test(attributes))
    .map((attributes) => load(attribute(attributes, 'href') ?? ''));

  const scripts = [...html.matchAll(SCRIPT)].filter((match) => JS_TYPES.has(attribute(match[1]!, 'type') ?? ''));
  const inlineJs = scripts.map((match) => match[2]!).filter((source) => source.trim() !== '');
  // A module's static imports load with it, so they count as the page's own: a chunk shared with
  // another page is still sent to a reader who opens only this one.
  const modules = new Map<string, Buffer>();
  const addModule = (sitePathOfModule: string) => {
    if (modules.has(sitePathOfModule)) return;
    const source = readFileSync(path.join(siteDir, sitePathOfModule));
    modules.set(sitePathOfModule, source);
    for (const imported of source.toString('utf8').matchAll(STATIC_IMPORT)) {
      addModule(new URL(imported[1]!, `http://site${sitePathOfModule}`).pathname);
    }
  };
  for (const match of scripts) {
    const src = attribute(match[1]!, 'src');
    if (src !== undefined) addModule(sitePathOf(src));
  }
  const linkedJs = [...modules.values()];

  const markup = html
    .replace(STYLE, (tag, css: string) => tag.replace(css, ''))
    .replace(SCRIPT, (tag, attributes: string, js: string) =>
      JS_TYPES.has(attribute(attributes, 'type') ?? '') ? tag.replace(js, '') : tag,
    );
  const allCss = [...inlineCss, ...linkedCss.map((buffer) => buffer.toString('utf8'))].join('\n');
  const fontFiles = [
    ...new Set(
      [...allCss.matchAll(FONT_FACE)].flatMap((face) =>
        [...face[0].matchAll(WOFF2_URL)].map((url) => sitePathOf(url[1]!)),
      ),
    ),
  ];
  const fonts = fontFiles.map(load);

  return {
    path: sitePath,
    markup: bytesOf([markup]),
    css: bytesOf([...inlineCss, ...linkedCss]),
    js: bytesOf([...inlineJs, ...linkedJs]),
    fonts: { raw: sum(fonts.map((font) => font.byteLength)), gzip: sum(fonts.map(gzipSize)), files: fontFiles },
    transfer: {
      raw: Buffer.byteLength(html) + sum([...linkedCss, ...linkedJs].map((buffer) => buffer.byteLength)),
      gzip: gzipSize(Buffer.from(html)) + sum([...linkedCss, ...linkedJs].map(gzipSize)),
    },
  };
}

/** The parts of one kind gzipped as one stream: about what they add to a gzipped transfer. */
function bytesOf(parts: readonly (string | Buffer)[]): Bytes {
  if (parts.length === 0) return { raw: 0, gzip: 0 };
  const joined = Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
  return { raw: joined.byteLength, gzip: gzipSize(joined) };
}

function gzipSize(buffer: Buffer): number {
  return gzipSync(buffer).byteLength;
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
