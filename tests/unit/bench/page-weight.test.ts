import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePageWeight } from '../../../bench/page-weight.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const site = useTempDir('page-weight');

function write(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(site(), file)), { recursive: true });
  writeFileSync(path.join(site(), file), content);
}

const css =
  '@font-face{src:url(/_astro/a.woff2)format("woff2"),url(/_astro/a.woff)format("woff")}' +
  '@font-face{src:url("../_astro/a.woff2")}@font-face{src:url(/_astro/b.woff2)}';

describe('measurePageWeight', () => {
  beforeAll(() => {
    write('_astro/a.woff2', Buffer.alloc(1000));
    write('_astro/a.woff', Buffer.alloc(3000));
    write('_astro/b.woff2', Buffer.alloc(500));
    write('_astro/app.js', 'console.log(1);');
    write('_astro/studio.js', 'import{z}from"./zod.js";import"./side.js";const lazy=()=>import("./lazy.js");');
    write('_astro/zod.js', 'export const z=1;');
    write('_astro/side.js', 'import{z}from"./zod.js";');
    write('_astro/lazy.js', 'export const big=1;');
    write('studio/index.html', '<html><body><script type="module" src="/_astro/studio.js"></script></body></html>');
    write(
      'page/index.html',
      `<!doctype html><html><head><style>${css}</style>` +
        '<script type="application/ld+json">{"@type":"Book"}</script></head><body><p>Hi</p></body></html>',
    );
    write(
      'scripted/index.html',
      '<html><body><script type="module" src="/_astro/app.js"></script><script>var a;</script></body></html>',
    );
  });

  it('splits inline CSS from markup and counts each woff2 a page references once', () => {
    const weight = measurePageWeight(site(), '/page/');
    expect(weight.css.raw).toBe(Buffer.byteLength(css));
    expect(weight.fonts.files).toEqual(['/_astro/a.woff2', '/_astro/b.woff2']);
    expect(weight.fonts.raw).toBe(1500);
    expect(weight.js.raw).toBe(0);
    expect(weight.markup.raw).toBeLessThan(weight.transfer.raw);
  });

  it('counts linked and inline scripts as JavaScript, and linked files in what is sent', () => {
    const weight = measurePageWeight(site(), '/scripted/');
    expect(weight.js.raw).toBe('console.log(1);var a;'.length);
    expect(weight.transfer.raw).toBeGreaterThan(weight.markup.raw + 'console.log(1);'.length);
  });

  it('counts the modules a script imports statically, each once, but not those it loads lazily', () => {
    const weight = measurePageWeight(site(), '/studio/');
    const sent = ['studio.js', 'zod.js', 'side.js'].map(
      (file) => readFileSync(path.join(site(), '_astro', file)).length,
    );
    expect(weight.js.raw).toBe(sent.reduce((total, bytes) => total + bytes, 0));
  });
});
