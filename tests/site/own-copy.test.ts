import { beforeAll, describe, expect, it } from 'vitest';
import { readerPages, readerPageHref } from '../../src/lib/reader-pages.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { listChapterPages, readPage, requireDist, text } from '../support/built-site.ts';
import { readPrintManifest } from '../support/print-manifest.ts';

/*
 * A prompt or exercise marked `ownCopyOnly` is printed only in its reader's personal copy: on the
 * web it is on its reader's /reflections/ page, with a note saying so, and on no chapter page, on
 * /book/ or on the other pages of questions. (The PDFs: tests/pdf/prebuilt-placement.test.ts; the
 * EPUB: tests/pdf/epub.test.ts.) The book has two: chapter 3's disclosure prompt, for the partner
 * who had the affair, and "Questions I need answered", for the partner who was hurt.
 */

beforeAll(requireDist);

function ownCopyBlocks() {
  return readPrintManifest().chapters.flatMap((chapter) => [
    ...chapter.prompts
      .filter((prompt) => prompt.ownCopyOnly)
      .map((prompt) => ({ id: prompt.id, for: prompt.for, text: prompt.text })),
    ...chapter.exercises
      .filter((exercise) => exercise.ownCopyOnly)
      .map((exercise) => ({ id: exercise.id, for: exercise.for, text: exercise.blocks[0] ?? exercise.title })),
  ]);
}

describe('blocks for one reader’s own copy', () => {
  it('are the disclosure prompt, for the partner who had the affair, and the questions list, for the partner who was hurt', () => {
    const blocks = ownCopyBlocks();
    expect(blocks.map((block) => [block.id, block.for])).toEqual([
      ['honest-communication-prompt-2', 'involved'],
      ['honest-communication-questions-i-need-answered', 'hurt'],
    ]);
    expect(blocks[0]?.text).toMatch(/^Is there anything about the affair your partner does not yet know/);
    expect(blocks[0]?.text).toContain('Plan the disclosure with a therapist');
    expect(blocks[0]?.text).not.toContain('ideally');
  });

  it('are on no chapter page and not on /book/', () => {
    const pages = [...listChapterPages().map((page) => page.path), '/book/'];
    for (const path of pages) {
      const shown = text(readPage(path).body);
      for (const block of ownCopyBlocks()) {
        expect(shown, `${block.id} on ${path}`).not.toContain(block.text);
        expect(readPage(path).getElementById(block.id), `#${block.id} on ${path}`).toBeNull();
      }
    }
  });

  it('are listed on their reader’s page of questions only, with a note that they belong in that reader’s own copy', () => {
    for (const page of readerPages) {
      const document = readPage(readerPageHref(page));
      for (const block of ownCopyBlocks()) {
        const item = document.getElementById(block.id);
        if (block.for !== page.audience) {
          expect(item, `${block.id} on ${page.slug}`).toBeNull();
          continue;
        }
        expect(text(item), `${block.id} on ${page.slug}`).toContain(block.text);
        expect(text(item)).toContain(ui.readerPages.ownCopyOnly);
        expect(item?.querySelector('a')?.getAttribute('href')).toBe('/workbook/');
      }
    }
  });
});
