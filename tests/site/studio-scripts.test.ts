import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, readPage, requireDist, STUDIO_PATH } from '../support/built-site.ts';

/*
 * What the print studio's page loads before anyone touches it (issue 25's page weight): its
 * scripts and every module they import statically. A counselor on a phone opens the studio; most
 * never add a logo, so the logo's reader and SVG sanitiser load only when a file is chosen, and
 * zod's JSON Schema generator, which no page calls, is not sent at all.
 */

/** A static import in a built module; `import("…")` is lazy and not followed. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
/** A lazily loaded module, as the build writes it: import(`./chunk.js`). */
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Only the logo's SVG sanitiser names this element (workbook/logo/sanitize-svg.ts). */
const LOGO_SANITISER = /["'`]animatetransform["'`]/;
/** Only zod's JSON Schema generator names this draft. */
const JSON_SCHEMA_GENERATOR = 'draft-2020-12';

const fileOf = (sitePath: string) => path.join(distDir, sitePath);

/** The studio's module graph from its <script src>: what loads at once, and what it may load later. */
function studioModules(): { initial: Map<string, string>; lazy: Set<string> } {
  const initial = new Map<string, string>();
  const lazy = new Set<string>();
  const visit = (sitePath: string) => {
    if (initial.has(sitePath)) return;
    const source = readFileSync(fileOf(sitePath), 'utf8');
    initial.set(sitePath, source);
    for (const [, imported] of source.matchAll(STATIC_IMPORT))
      visit(new URL(imported!, `http://site${sitePath}`).pathname);
    for (const [, imported] of source.matchAll(DYNAMIC_IMPORT))
      lazy.add(new URL(imported!, `http://site${sitePath}`).pathname);
  };
  for (const script of readPage(STUDIO_PATH).querySelectorAll('script[src]')) {
    visit(new URL(script.getAttribute('src') ?? '', `http://site${STUDIO_PATH}`).pathname);
  }
  for (const sitePath of initial.keys()) lazy.delete(sitePath);
  return { initial, lazy };
}

beforeAll(requireDist);

describe('the print studio’s first load', () => {
  it('does not carry the logo’s reader; the studio loads it, from this site, when a file is chosen', () => {
    const { initial, lazy } = studioModules();
    const holdingSanitiser = [...initial].filter(([, source]) => LOGO_SANITISER.test(source)).map(([file]) => file);
    expect(holdingSanitiser, 'modules loaded with the studio that hold the SVG sanitiser').toEqual([]);
    const lazyWithSanitiser = [...lazy].filter((file) => LOGO_SANITISER.test(readFileSync(fileOf(file), 'utf8')));
    expect(lazyWithSanitiser, 'a module the studio imports on demand holds the sanitiser').toHaveLength(1);
  });

  it('does not carry zod’s JSON Schema generator, while the built scripts still validate with zod', () => {
    const { initial } = studioModules();
    const all = [...initial.values()].join('\n');
    expect(all.includes(JSON_SCHEMA_GENERATOR), 'the studio’s scripts hold zod’s JSON Schema generator').toBe(false);
    // The same measure finds zod itself: the check above is not passing on a graph it failed to read.
    expect(all).toContain('jitless');
    const everyScript = readdirSync(fileOf('_astro')).filter((file) => file.endsWith('.js'));
    const withGenerator = everyScript.filter((file) =>
      readFileSync(fileOf(`_astro/${file}`), 'utf8').includes(JSON_SCHEMA_GENERATOR),
    );
    expect(withGenerator, 'no page’s script holds it').toEqual([]);
  });
});
