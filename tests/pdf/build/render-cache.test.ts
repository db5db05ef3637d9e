import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { book } from '../../../src/lib/book.ts';
import { siteAddress } from '../../../src/lib/site.ts';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { openBuildCache, type BuildCache } from '../../../workbook/cache/build-cache.ts';
import { pageFiles } from '../../../workbook/cache/page-files.ts';
import { printPagePath, standardEditions, type Edition } from '../../../workbook/edition/standard-editions.ts';
import { resetFaults } from '../../../workbook/io/faults.ts';
import { serveDirectory } from '../../../workbook/io/serve-directory.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import type { RenderedEdition } from '../../../workbook/render/render-edition.ts';
import { renderEditions } from '../../../workbook/render/render-editions.ts';
import { requireDist } from '../../support/built-site.ts';
import { sha256 } from '../../support/pdf-inspect.ts';
import { readPrintManifest } from '../../support/print-manifest.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/**
 * The build's render cache on the real print source (a copy of dist/), with the two shortest
 * editions, as `npm run build` uses it: rendered once, reused, rendered again when a prompt
 * changes, when the cache is deleted, and when a stored PDF is damaged. A whole `npm run build`
 * twice would spend a minute on Astro and eight more PDFs to show the same.
 */
const editions = standardEditions.filter((edition) => edition.kind === 'handout');
const date = new Date(Date.UTC(2026, 10, 30));
const scratch = useTempDir('render-cache');
const site = () => path.join(scratch(), 'site');
const cacheFolder = () => path.join(scratch(), 'cache');
let browser: Browser;
/** Every path the print pages asked the server for, across every render. */
const requested = new Set<string>();
/** The editions each call of the renderer was given, by name. */
const renderCalls: string[][] = [];

beforeAll(async () => {
  requireDist();
  cpSync('dist', site(), { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function render(toRender: readonly Edition[]): Promise<RenderedEdition[]> {
  renderCalls.push(toRender.map((edition) => edition.name));
  const manifest = readPrintManifest(site());
  const server = await serveDirectory(site(), manifest.base, {
    headersFor: (pathname) => {
      requested.add(pathname);
      return {};
    },
  });
  try {
    // A test below kills Chromium on purpose; the renders after it get a live one.
    if (!browser.isConnected()) browser = await launchChromium();
    return await renderEditions(browser, toRender, () => ({
      siteUrl: server.url,
      manifest,
      date,
      author: book.author,
      keywords: book.keywords,
    }));
  } finally {
    await server.close();
  }
}

async function build(cache: BuildCache): Promise<{ pdfs: Map<string, string>; reused: string[]; rendered: string[] }> {
  const calls = renderCalls.length;
  const { results, reused } = await cache.renders(
    'shared',
    { siteDir: site(), siteAddress, date, author: book.author, keywords: book.keywords },
    editions,
    render,
  );
  return {
    pdfs: new Map(results.map((result) => [result.edition.name, sha256(result.pdf)])),
    reused,
    rendered: renderCalls.slice(calls).flat(),
  };
}

function openCache(): BuildCache {
  const cache = openBuildCache([], {}, cacheFolder());
  if (!cache) throw new Error('the cache is on when neither --no-cache nor WORKBOOK_NO_CACHE is given');
  return cache;
}

describe("the build's render cache", () => {
  let first: Awaited<ReturnType<typeof build>>;
  let changed: Awaited<ReturnType<typeof build>>;

  it('renders on a cold cache, then reuses every edition with the same bytes and no render', async () => {
    first = await build(openCache());
    expect(first.rendered).toEqual(['handout-letter', 'handout-a4']);
    expect(first.reused).toEqual([]);

    const second = await build(openCache());
    expect(second.rendered).toEqual([]);
    expect(second.reused).toEqual(['handout-letter', 'handout-a4']);
    expect(second.pdfs).toEqual(first.pdfs);
  });

  it("keeps each phase's renders: the personal copies' call never drops the shared books'", async () => {
    const cache = openCache();
    // The build renders its personal copies, then its shared books; one shelf each.
    const personal = await cache.renders(
      'personal',
      { siteDir: site(), siteAddress, date, author: book.author, keywords: book.keywords },
      [],
      render,
    );
    expect(personal.results).toEqual([]);
    const again = await build(cache);
    expect(again.rendered).toEqual([]);
    expect(again.reused).toEqual(['handout-letter', 'handout-a4']);
  });

  it('keys on every file the print pages loaded while rendering', async () => {
    const files = await Promise.all(
      (['letter', 'a4'] as const).map((paper) =>
        pageFiles(site(), `${printPagePath({ paper })}index.html`, siteAddress.base),
      ),
    );
    const keyed = new Set(files.flat().map((file) => `/${file}`));
    const loaded = [...requested].map((pathname) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    expect(loaded.length).toBeGreaterThan(3);
    expect(loaded.filter((file) => !keyed.has(file))).toEqual([]);
  });

  it('renders again when a prompt changes, and the PDF carries the new words', async () => {
    const before = 'your pain does not need to be tidy or fair';
    const after = 'your pain does not need to be neat or fair';
    for (const file of [
      'workbook/print/letter/index.html',
      'workbook/print/a4/index.html',
      'workbook/print/book.json',
    ]) {
      const text = readFileSync(path.join(site(), file), 'utf8');
      expect(text, file).toContain(before);
      writeFileSync(path.join(site(), file), text.replace(before, after));
    }
    changed = await build(openCache());
    expect(changed.rendered).toEqual(['handout-letter', 'handout-a4']);
    expect(changed.pdfs.get('handout-letter')).not.toBe(first.pdfs.get('handout-letter'));
    // The entries of the first renders are gone: the cache keeps what this build used.
    expect(readdirSync(path.join(cacheFolder(), 'renders', 'shared'))).toHaveLength(2);
    const letterPdf = readFileSync(storedPdf(changed.pdfs.get('handout-letter')));
    const { pages } = await readPdfText(new Uint8Array(letterPdf));
    expect(pages.join(' ').replace(/\s+/g, ' ')).toContain('neat or fair');
  });

  it('gives the same bytes after the cache is deleted', async () => {
    rmSync(cacheFolder(), { recursive: true });
    const cold = await build(openCache());
    expect(cold.rendered).toEqual(['handout-letter', 'handout-a4']);
    expect(cold.pdfs).toEqual(changed.pdfs);
  });

  it('does not trust a stored PDF that was damaged: that edition renders again', async () => {
    const pdf = storedPdf(changed.pdfs.get('handout-letter'));
    const bytes = readFileSync(pdf);
    writeFileSync(pdf, bytes.subarray(0, bytes.length - 100));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const repaired = await build(openCache());
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^handout-letter: the stored PDF was damaged/));
      expect(repaired.rendered).toEqual(['handout-letter']);
      expect(repaired.reused).toEqual(['handout-a4']);
      expect(repaired.pdfs).toEqual(changed.pdfs);
    } finally {
      warn.mockRestore();
    }
  });

  it.each([
    ['one byte of a stored PDF altered', (entry: string) => flipByte(path.join(entry, 'pdf.bin'))],
    [
      'its record altered',
      (entry: string) => flipByte(path.join(entry, 'entry.json'), '"pageCount":', '"pageCount":1'),
    ],
  ])(
    'does not trust an entry with %s: detected by its hash, said in one line, the same bytes as a cold build',
    async (_what, damage) => {
      damage(path.dirname(storedPdf(changed.pdfs.get('handout-a4'))));
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const repaired = await build(openCache());
        expect(warn).toHaveBeenCalledTimes(1);
        expect(warn).toHaveBeenCalledWith(
          expect.stringMatching(/^handout-a4: the stored PDF was damaged \(.+\); rendering it again\.$/),
        );
        expect(repaired.rendered).toEqual(['handout-a4']);
        expect(repaired.pdfs).toEqual(changed.pdfs);
      } finally {
        warn.mockRestore();
      }
    },
  );

  describe('when Chromium is killed mid-render (WORKBOOK_FAULT, workbook/io/faults.ts)', () => {
    const withFault = async <T>(fault: string, run: () => Promise<T>): Promise<T> => {
      process.env['WORKBOOK_FAULT'] = fault;
      resetFaults();
      try {
        return await run();
      } finally {
        delete process.env['WORKBOOK_FAULT'];
        resetFaults();
      }
    };

    it('render the edition again in a fresh browser, once: the same bytes, the cache holds the good renders', async () => {
      rmSync(cacheFolder(), { recursive: true, force: true });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const survived = await withFault('kill-browser@handout-a4', () => build(openCache()));
        expect(warn).toHaveBeenCalledWith(
          expect.stringMatching(
            /^handout-a4: Chromium stopped during the render \(.+\); rendering it again in a fresh browser\.$/,
          ),
        );
        expect(survived.pdfs).toEqual(changed.pdfs);
      } finally {
        warn.mockRestore();
      }
      const again = await build(openCache());
      expect(again.reused).toEqual(['handout-letter', 'handout-a4']);
      expect(again.pdfs).toEqual(changed.pdfs);
    });

    it('stop with one line naming an edition that lost two browsers when the fresh one dies too; nothing stored', async () => {
      rmSync(cacheFolder(), { recursive: true, force: true });
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const failed = await withFault('kill-browser@handout-a4*2', () => build(openCache())).catch(
          (error: unknown) => error,
        );
        expect(String((failed as Error).message)).toMatch(
          /^Chromium stopped twice while rendering the handout-(letter|a4) edition \(.+\); no PDF was written\. .*run the command again\.$/,
        );
      } finally {
        warn.mockRestore();
      }
      // The next build finds nothing to trust from the failed one, so it renders afresh.
      expect(readdirSync(path.join(cacheFolder(), 'renders', 'shared')), 'entries stored by a failed build').toEqual(
        [],
      );
    });
  });
});

/** Changes a file on disk as a failing disk or a stray edit would: `from` → `to`, or one byte flipped. */
function flipByte(file: string, from?: string, to?: string): void {
  const bytes = readFileSync(file);
  if (from !== undefined && to !== undefined) {
    const text = bytes.toString('utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(new RegExp(`${from}\\d+`), to));
    return;
  }
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
}

/** The stored PDF whose bytes are `digest`. */
function storedPdf(digest: string | undefined): string {
  const folder = path.join(cacheFolder(), 'renders', 'shared');
  const file = readdirSync(folder)
    .map((key) => path.join(folder, key, 'pdf.bin'))
    .find((candidate) => sha256(readFileSync(candidate)) === digest);
  if (file === undefined) throw new Error(`no stored PDF has the digest ${String(digest)}`);
  return file;
}
