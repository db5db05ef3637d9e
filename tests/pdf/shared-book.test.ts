import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyone, roleIds } from '../../src/lib/readers.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { publishedOwnCopyPagesSchema, OWN_COPY_PAGES_PATH } from '../../workbook/edition/own-copy-pages.ts';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { areaOf } from '../../workbook/guard/form-fields.ts';
import { readPdfText, type PdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { squash } from '../support/compare-text.ts';
import { readForm } from '../support/pdf-form.ts';
import { readPrintManifest } from '../support/print-manifest.ts';

/*
 * The shared book holds what a couple does together (issue 21): no page gives one partner space
 * for an answer the other will read while writing theirs. Every prompt, and every exercise for
 * one partner, is printed as text with a pointer to the page in each partner's own copy where its
 * space is; the published pages must be where those prompts really are.
 */

const read = (fileName: string) => new Uint8Array(readFileSync(path.join(distDir, 'downloads', fileName)));

/** What each partner answers alone, as the shared book prints it: its id, its reader(s), its words. */
function answeredAlone() {
  return readPrintManifest().chapters.flatMap((chapter) => [
    ...chapter.prompts
      .filter((prompt) => !prompt.ownCopyOnly)
      .map((prompt) => ({ id: prompt.id, for: prompt.for, words: prompt.text })),
    ...chapter.exercises
      .filter((exercise) => exercise.for !== everyone && !exercise.ownCopyOnly)
      .map((exercise) => ({ id: exercise.id, for: exercise.for, words: exercise.title })),
  ]);
}

describe.each(['letter', 'a4'] as const)('the shared workbook, %s', (paper) => {
  const workbook = standardEditions.find((edition) => edition.kind === 'workbook' && edition.options.paper === paper);
  const copies = Object.fromEntries(
    roleIds.map((reader) => [
      reader,
      standardEditions.find(
        (edition) => edition.kind === 'personal' && edition.options.for === reader && edition.options.paper === paper,
      ),
    ]),
  );

  it('gives writing space only to what the partners do together', async () => {
    requireDist();
    const fillable = workbook?.fillableTwin?.fileName ?? '';
    const form = await readForm(read(fillable));
    const alone = new Set(answeredAlone().map((block) => block.id));
    expect(alone.size).toBeGreaterThan(20);
    const areas = form.fields.map((field) => areaOf(field));
    // A field's area is its block's id, or the id then ".<cell, item or partner>".
    expect(areas.filter((area) => alone.has(area.split('.')[0] ?? ''))).toEqual([]);
    expect(areas.length).toBeGreaterThan(0);
  });

  it('points every prompt answered alone to the page of each partner’s own copy where it is', async () => {
    requireDist();
    const published = publishedOwnCopyPagesSchema.parse(
      JSON.parse(readFileSync(path.join(distDir, OWN_COPY_PAGES_PATH), 'utf8')),
    )[paper];
    expect(published).toBeDefined();
    const shared = squash((await readPdfText(read(workbook?.fileName ?? ''))).pages.join(' '));
    const copyText: Record<string, PdfText> = {};
    for (const reader of roleIds) copyText[reader] = await readPdfText(read(copies[reader]?.fileName ?? ''));

    const problems: string[] = [];
    for (const block of answeredAlone()) {
      const readers = block.for === everyone ? roleIds : [block.for];
      const pages = Object.fromEntries(readers.map((reader) => [reader, published?.[reader]?.[block.id]]));
      const opening = squash(block.words).slice(0, 60);
      for (const [reader, page] of Object.entries(pages)) {
        const there = page === undefined ? '' : squash(copyText[reader]?.pages[page - 1] ?? '');
        if (!there.includes(opening)) problems.push(`${block.id}: not on page ${page} of ${reader}’s copy`);
      }
      const pointer = squash(
        block.for === everyone
          ? ui.ownCopy.each(Object.fromEntries(Object.entries(pages).map(([reader, page]) => [reader, String(page)])))
          : ui.ownCopy.one(String(pages[block.for])),
      );
      const at = shared.indexOf(opening);
      // The pointer follows the prompt's words (an exercise's: its title, then its instructions).
      if (at < 0 || !shared.slice(at, at + 2500).includes(pointer))
        problems.push(`${block.id}: no pointer “${pointer}”`);
    }
    expect(problems).toEqual([]);
  });
});
