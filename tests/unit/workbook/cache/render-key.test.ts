import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherRenderInputs, type RenderInputsSource } from '../../../../workbook/cache/render-inputs.ts';
import { renderKey, type RenderInputs } from '../../../../workbook/cache/render-key.ts';
import { standardEditions, type Edition } from '../../../../workbook/edition/standard-editions.ts';
import { withTempDir } from '../../../support/temp-dir.ts';

/**
 * A built site in miniature, laid out as Astro builds ours: both papers' print pages load the same
 * print stylesheet (which loads a font) and the same runtime script (which imports a chunk); a
 * chapter page and its stylesheet, and the downloads page, are only linked to. And a project whose renderer imports a
 * guard and a package, beside a file it does not import.
 */
function writeProject(dir: string): void {
  const files: Record<string, string> = {
    'site/workbook/print/letter/index.html': printPage('What do you need from me this week?'),
    'site/workbook/print/a4/index.html': printPage('What do you need from me this week?'),
    'site/workbook/print/book.json': '{"title":"Rebuilding Trust"}',
    'site/_astro/print.css':
      '@font-face{src:url(/_astro/literata.woff2)format("woff2")}.rule{background:url(rule.svg)}',
    'site/_astro/literata.woff2': 'font bytes',
    'site/_astro/rule.svg': '<svg/>',
    'site/_astro/runtime.js': 'import{p as t}from"./paged.js";t()',
    'site/_astro/paged.js': 'export const p=()=>"Paged.js 0.4.3"',
    'site/workbook/index.html': '<p>Download the workbook: PDF, 56 pages</p>',
    'site/patience/index.html': '<link rel="stylesheet" href="/_astro/site.css"><p>Being patient</p>',
    'site/_astro/site.css': 'body{color:black}',
    'project/workbook/render/render-editions.ts':
      "import { guard } from '../guard/guard.ts';\nimport { PDFDocument } from 'pdf-lib';\n",
    'project/workbook/guard/guard.ts': 'export const guard = 1;\n',
    'project/workbook/unrelated.ts': 'export const other = 1;\n',
    'project/node_modules/pdf-lib/package.json': '{"version":"1.17.1"}',
    'project/node_modules/pagedjs/package.json': '{"version":"0.4.3"}',
  };
  for (const [file, text] of Object.entries(files)) write(dir, file, text);
}

function printPage(prompt: string): string {
  return `<!doctype html><html><head><link rel="stylesheet" href="/_astro/print.css">
<link rel="canonical" href="/workbook/"></head><body><p class="prompt">${prompt}</p>
<a href="/patience/">Being patient</a><img src="data:image/svg+xml,%3Csvg/%3E" alt="">
<script type="module" src="/_astro/runtime.js"></script></body></html>`;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function source(dir: string, changes: Partial<RenderInputsSource> = {}): RenderInputsSource {
  return {
    siteDir: path.join(dir, 'site'),
    siteAddress: { href: 'https://couples.example.com/', base: '/' },
    date: new Date(Date.UTC(2026, 10, 30)),
    author: 'Rebuilding Trust',
    keywords: ['trust'],
    root: path.join(dir, 'project'),
    rendererEntries: ['workbook/render/render-editions.ts'],
    chromium: { source: '@sparticuz/chromium', executablePath: '/tmp/chromium', bytes: 1000, modified: 1 },
    ...changes,
  };
}

function keysOf(inputs: RenderInputs, editions: readonly Edition[] = standardEditions): Map<string, string> {
  return new Map(editions.map((edition) => [edition.name, renderKey(edition, inputs)]));
}

/** The names of the editions whose key differs between two sets of keys. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before].filter(([name, key]) => after.get(name) !== key).map(([name]) => name);
}

const all = standardEditions.map((edition) => edition.name);
const ofPaper = (paper: string) =>
  standardEditions.filter((edition) => edition.options.paper === paper).map((edition) => edition.name);

/** The editions whose key changes when `change` is made to the project (or to the inputs' source). */
async function affectedBy(
  change: (dir: string) => void | Partial<RenderInputsSource>,
  editions?: readonly Edition[],
): Promise<string[]> {
  return withTempDir('render-key', async (dir) => {
    writeProject(dir);
    const before = keysOf(await gatherRenderInputs(source(dir)));
    const changes = change(dir) ?? {};
    return changed(before, keysOf(await gatherRenderInputs(source(dir, changes)), editions));
  });
}

describe('the key a rendered edition is cached under', () => {
  it('is the same when nothing changed, and differs between editions', async () => {
    const unchanged = await affectedBy(() => undefined);
    expect(unchanged).toEqual([]);
    const keys = await withTempDir('render-key', async (dir) => {
      writeProject(dir);
      return keysOf(await gatherRenderInputs(source(dir)));
    });
    expect(new Set(keys.values()).size).toBe(standardEditions.length);
  });

  it("changes for its paper's editions only when a prompt's text changes on that paper's print page", async () => {
    expect(
      await affectedBy((dir) =>
        write(dir, 'site/workbook/print/a4/index.html', printPage('What would help you feel safe this week?')),
      ),
    ).toEqual(ofPaper('a4'));
  });

  it('changes for every edition when the print stylesheet, a font it loads, or a script chunk changes', async () => {
    expect(await affectedBy((dir) => write(dir, 'site/_astro/print.css', '.rule{color:black}'))).toEqual(all);
    expect(await affectedBy((dir) => write(dir, 'site/_astro/literata.woff2', 'other font bytes'))).toEqual(all);
    expect(await affectedBy((dir) => write(dir, 'site/_astro/rule.svg', '<svg></svg>'))).toEqual(all);
    expect(await affectedBy((dir) => write(dir, 'site/_astro/paged.js', 'export const p=()=>"0.4.4"'))).toEqual(all);
  });

  it('stays the same when a page or stylesheet the print page does not load changes', async () => {
    expect(await affectedBy((dir) => write(dir, 'site/_astro/site.css', 'body{color:navy}'))).toEqual([]);
    expect(await affectedBy((dir) => write(dir, 'site/patience/index.html', '<p>Patience</p>'))).toEqual([]);
    // The downloads page lists the PDFs' sizes, and the print page names it in a canonical link.
    expect(await affectedBy((dir) => write(dir, 'site/workbook/index.html', '<p>PDF, 57 pages</p>'))).toEqual([]);
  });

  it("changes for that edition only when one edition's setting changes", async () => {
    const roomy = standardEditions.map((edition) =>
      edition.name === 'handout-a4'
        ? { ...edition, options: { ...edition.options, lines: 'roomy' as const } }
        : edition,
    );
    expect(await affectedBy(() => undefined, roomy)).toEqual(['handout-a4']);
  });

  it("changes for every edition when the renderer's code, or a package it imports, changes", async () => {
    expect(
      await affectedBy((dir) => write(dir, 'project/workbook/guard/guard.ts', 'export const guard = 2;\n')),
    ).toEqual(all);
    expect(
      await affectedBy((dir) => write(dir, 'project/node_modules/pdf-lib/package.json', '{"version":"1.17.2"}')),
    ).toEqual(all);
    expect(await affectedBy((dir) => write(dir, 'project/workbook/unrelated.ts', 'export const other = 2;\n'))).toEqual(
      [],
    );
  });

  it('changes for every edition when the manifest, date, address or Chromium changes', async () => {
    expect(await affectedBy((dir) => write(dir, 'site/workbook/print/book.json', '{"title":"Trust"}'))).toEqual(all);
    expect(await affectedBy(() => ({ date: new Date(Date.UTC(2026, 11, 1)) }))).toEqual(all);
    expect(await affectedBy(() => ({ siteAddress: { href: 'https://couples.example.org/', base: '/' } }))).toEqual(all);
    expect(
      await affectedBy(() => ({
        chromium: { source: 'system', executablePath: '/usr/bin/chromium', bytes: 2000, modified: 2 },
      })),
    ).toEqual(all);
  });
});
