import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEpub } from '../../workbook/epub/build-epub.ts';
import { EPUB_FILE_NAME } from '../../workbook/epub/package-epub.ts';
import { distDir } from '../support/built-site.ts';
import { readPrintManifest } from '../support/print-manifest.ts';
import { normalise, referenceArticle } from '../support/reference-article.ts';

/*
 * The EPUB `npm run build` publishes: valid by EPUBCheck with no warnings, the article word for
 * word and every prompt, and the same bytes from the same sources.
 */

const run = promisify(execFile);
const epubFile = path.join(distDir, 'downloads', EPUB_FILE_NAME);
/** Debian's epubcheck package (`.ci/run` installs it); EPUBCHECK_JAR points at another copy. */
const EPUBCHECK_JAR = process.env['EPUBCHECK_JAR'] ?? '/usr/share/java/epubcheck.jar';
const INSTALL = 'apt-get install -y epubcheck';

let epub: Uint8Array;
let files: Record<string, Uint8Array>;
beforeAll(() => {
  if (!existsSync(epubFile)) throw new Error(`${epubFile} is missing: run \`npm run build\` before \`npm test\`.`);
  epub = new Uint8Array(readFileSync(epubFile));
  files = unzipSync(epub);
});

/** The text of every XHTML file in reading order (the package's spine), white space collapsed. */
function spineText(): string[] {
  const opf = strFromU8(files['EPUB/package.opf'] ?? new Uint8Array());
  const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  return [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => {
    const xhtml = strFromU8(files[`EPUB/${hrefs.get(m[1]) ?? ''}`] ?? new Uint8Array());
    return normalise(parseHTML(xhtml).document.body.textContent);
  });
}

describe('the EPUB', () => {
  it('passes EPUBCheck with 0 errors and 0 warnings', async (context) => {
    if (!existsSync(EPUBCHECK_JAR)) {
      if (process.env['CI'] === 'true') throw new Error(`EPUBCheck is missing in CI (${EPUBCHECK_JAR}): ${INSTALL}`);
      context.skip(`EPUBCheck is not installed; to run this test: ${INSTALL}`);
    }
    const { stdout, stderr } = await run('java', ['-jar', EPUBCHECK_JAR, epubFile]).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
    );
    const report = `${stdout}\n${stderr}`;
    expect(report, report).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  }, 120_000);

  it('holds every paragraph of the article word for word, in order, and every prompt and exercise but the own-copy ones', () => {
    const sections = spineText();
    const chapters = sections.slice(2, -1); // after the support pages and the contents, before Support and resources
    const reference = referenceArticle();
    expect(chapters).toHaveLength(reference.length);
    reference.forEach((section, index) => {
      expect(chapters[index], section.heading ?? 'introduction').toContain(section.paragraph);
      if (section.heading) expect(chapters[index]).toContain(section.heading);
    });
    const manifest = readPrintManifest();
    manifest.chapters.forEach((chapter, index) => {
      // A block for its reader's own copy only is printed only there, never in the e-book.
      for (const prompt of chapter.prompts) {
        if (prompt.ownCopyOnly) expect(sections.join(' ')).not.toContain(normalise(prompt.text));
        else expect(chapters[index]).toContain(normalise(prompt.text));
      }
      for (const exercise of chapter.exercises) {
        if (exercise.ownCopyOnly) expect(sections.join(' ')).not.toContain(normalise(exercise.blocks[0] ?? ''));
        else expect(chapters[index]).toContain(normalise(exercise.title));
      }
      // Our additions under the web's section name, with a note on where to write.
      expect(chapters[index]).toContain('Reflect and talk');
      expect(chapters[index]).toContain('There is no space to write here');
    });
    expect(sections.join(' ')).not.toContain('DatingSharing');
  });

  it('is in US spelling, its metadata included', () => {
    const text = Object.entries(files)
      .filter(([name]) => /\.(opf|xhtml|ncx)$/.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join(' ');
    expect(text).toContain('accessibilitySummary');
    expect(text).not.toMatch(/\b(colour|behaviour|favour|centre|organis|realis|apologis|counsell)/i);
  });

  it('opens with the safety and support pages, and names every chapter in its contents and landmarks', () => {
    const [support = ''] = spineText();
    const manifest = readPrintManifest();
    for (const section of manifest.safety) expect(support).toContain(section.title);
    const nav = parseHTML(strFromU8(files['EPUB/nav.xhtml'] ?? new Uint8Array())).document;
    const toc = [...nav.querySelectorAll('nav[epub\\:type="toc"] a')].map((a) => normalise(a.textContent));
    expect(toc).toEqual([
      'Support and safety',
      ...manifest.chapters.map((chapter) => chapter.title),
      'Support and resources',
    ]);
    expect(nav.querySelectorAll('nav[epub\\:type="landmarks"] a')).toHaveLength(2);
    const opf = strFromU8(files['EPUB/package.opf'] ?? new Uint8Array());
    for (const property of [
      'schema:accessMode',
      'schema:accessibilityFeature',
      'schema:accessibilityHazard',
      'schema:accessibilitySummary',
      'dcterms:conformsTo',
    ]) {
      expect(opf).toContain(`<meta property="${property}">`);
    }
    expect(opf).toContain('<dc:language>en</dc:language>');
  });

  it('ends with where to turn for help, as the workbook does, with no lines to write on', () => {
    const last = spineText().at(-1) ?? '';
    expect(last).toMatch(/^Support and resources /);
    expect(last).toContain('call your local emergency number');
    expect(last).toContain('findahelpline.com');
    expect(last).not.toContain('Numbers and names for where we live');
    const xhtml = strFromU8(files['EPUB/support-and-resources.xhtml'] ?? new Uint8Array());
    expect(xhtml).not.toMatch(/writing|epub:type="chapter"/);
  });

  it('is reproducible: mimetype first and stored, and the same bytes again from the same site and date', async () => {
    expect(strFromU8(epub.slice(30, 38))).toBe('mimetype');
    expect(epub[8], 'compression method of the first entry: stored').toBe(0);
    expect(strFromU8(epub.slice(38, 58))).toBe('application/epub+zip');
    // The build date is the one the EPUB carries (the last commit may have moved on since the build).
    const opf = strFromU8(files['EPUB/package.opf'] ?? new Uint8Array());
    const modified = /<meta property="dcterms:modified">([^<]+)<\/meta>/.exec(opf)?.[1] ?? '';
    const again = await buildEpub(distDir, new Date(modified));
    expect(Buffer.from(again).equals(Buffer.from(epub)), 'rebuilt from dist/ with the build date').toBe(true);
    const later = await buildEpub(distDir, new Date(Date.parse(modified) + 86_400_000));
    expect(Buffer.from(later).equals(Buffer.from(epub)), 'another date gives other bytes').toBe(false);
  });
});
