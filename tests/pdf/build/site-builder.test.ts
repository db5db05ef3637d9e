import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKBOOK_PAGES_ENV, type WorkbookPages } from '../../../src/schemas/workbook-pages.ts';
import { sharedModulesRisk, startSiteBuilder, type SiteBuilder } from '../../../workbook/site/site-builder.ts';

/**
 * `npm run build` builds the site twice in one warm process (workbook/site/site-builder.ts). The
 * risk of one process is state carried from one build into the next: the second build must see
 * its own listing of the PDFs, and a build after it none.
 */
// Inside the project, as the builder requires (a folder outside would share Astro's server code).
const cacheFolder = path.resolve('node_modules/.cache');
let scratchDir: string | undefined;
beforeAll(() => {
  mkdirSync(cacheFolder, { recursive: true });
  scratchDir = mkdtempSync(path.join(cacheFolder, 'site-builder-test-'));
});
afterAll(() => {
  if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
});
const scratch = () => scratchDir ?? '';

const listing: WorkbookPages = {
  editions: [
    {
      name: 'letter',
      kind: 'workbook',
      for: 'couple',
      paper: 'letter',
      paperLabel: 'US Letter',
      fileName: 'rebuilding-trust-workbook-letter.pdf',
      pageCount: 4321,
      bookPages: 4321,
      bytes: 123_456,
      chapters: [],
    },
  ],
};

function workbookPage(outDir: string): string {
  return readFileSync(path.join(outDir, 'workbook/index.html'), 'utf8');
}

describe('the site builder', () => {
  let builder: SiteBuilder;
  beforeAll(() => {
    builder = startSiteBuilder(process.cwd(), new AbortController().signal);
  });
  afterAll(() => builder.close());

  it('gives each build its own variables, and none to the next', async () => {
    const file = path.join(scratch(), 'listing.json');
    writeFileSync(file, JSON.stringify(listing));
    await builder.build(path.join(scratch(), 'without'));
    await builder.build(path.join(scratch(), 'with'), { [WORKBOOK_PAGES_ENV]: file });
    await builder.build(path.join(scratch(), 'after'));
    expect(workbookPage(path.join(scratch(), 'with'))).toContain('4321 pages');
    for (const plain of ['without', 'after']) expect(workbookPage(path.join(scratch(), plain))).not.toContain('4321');
    expect(process.env[WORKBOOK_PAGES_ENV]).toBeUndefined();
  });

  it('refuses a folder outside the project, or one it built before', async () => {
    await expect(builder.build(path.join(tmpdir(), 'site-builder-outside'))).rejects.toThrow(
      /is not inside the project .*a folder the builds share/,
    );
    await expect(builder.build(path.join(scratch(), 'with'))).rejects.toThrow(/was built before in this process/);
    expect(sharedModulesRisk('/p', '/p', new Set())).toMatch(/not inside the project/);
    expect(sharedModulesRisk('/p', '/p/.build/site', new Set())).toBeUndefined();
  });

  it('fails with the build’s own message when a build cannot run', async () => {
    const failing = startSiteBuilder(process.cwd(), new AbortController().signal);
    try {
      await expect(
        failing.build(path.join(scratch(), 'bad-address'), { SITE_URL: 'ftp://example.org/' }),
      ).rejects.toThrow(/^The site build failed:\nSITE_URL "ftp:\/\/example\.org\/" is not an http\(s\) address/);
    } finally {
      failing.close();
    }
  });
});
