import { beforeAll, describe, expect, it } from 'vitest';
import { readerPages, readerPageHref } from '../../src/lib/reader-pages.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import type { Audience } from '../../src/schemas/audience.ts';
import { readPage, requireDist, text } from '../support/built-site.ts';

/*
 * /reflections/hurt/, /involved/ and /together/ gather one reader's questions from the built
 * chapters: exactly that reader's prompts, in reading order, each linked to its place in its
 * chapter under the chapter's title; and every way in (home page, each chapter's reflections).
 */

beforeAll(requireDist);

/** The chapters' addresses in reading order, as the home page's contents lists them. */
function chapterPaths(): string[] {
  return [...readPage('/').querySelectorAll('.contents li > a')].map((a) => a.getAttribute('href') ?? '');
}

interface Item {
  chapter: string;
  href: string;
  text: string;
}

/** One reader's prompts and exercises as the built chapter pages show them, in reading order. */
function fromChapters(audience: Audience): { prompts: Item[]; exercises: Item[] } {
  const prompts: Item[] = [];
  const exercises: Item[] = [];
  for (const chapter of chapterPaths()) {
    const document = readPage(chapter);
    for (const aside of document.querySelectorAll(`aside.reflection[data-for="${audience}"]`)) {
      prompts.push({ chapter, href: `${chapter}#${aside.id}`, text: text(aside.querySelector('.reflection__prompt')) });
    }
    for (const aside of document.querySelectorAll('aside.exercise')) {
      if (!text(aside.querySelector('.exercise__kind')).endsWith(ui.audience(audience))) continue;
      exercises.push({ chapter, href: `${chapter}#${aside.id}`, text: text(aside.querySelector('h3')) });
    }
  }
  return { prompts, exercises };
}

/** What a reflection page lists, each item with the chapter heading it sits under. */
function fromReaderPage(path: string, list: string): Item[] {
  return [...readPage(path).querySelectorAll('.reader-page__chapter')].flatMap((section) => {
    const chapter = section.querySelector('h2 a')?.getAttribute('href') ?? '(no chapter link)';
    // Linked items only: one for its reader's own copy is on no chapter page (tests/site/own-copy.test.ts).
    return [...section.querySelectorAll(`${list} > li > a`)].map((a) => ({
      chapter,
      href: a.getAttribute('href') ?? '',
      text: text(a),
    }));
  });
}

describe.each(readerPages.map((page) => ({ ...page, path: readerPageHref(page) })))('$path', ({ audience, path }) => {
  const expected = fromChapters(audience);

  it('lists exactly its reader’s prompts from every chapter, in order, each linked to its place', () => {
    expect(expected.prompts.length, 'prompts found in the chapters').toBeGreaterThan(0);
    expect(fromReaderPage(path, '.reader-page__prompts')).toEqual(expected.prompts);
  });

  it('lists its reader’s exercises, each linked to its place in its chapter', () => {
    expect(fromReaderPage(path, '.reader-page__exercises')).toEqual(expected.exercises);
  });

  it('heads each chapter’s questions with the chapter’s title, linked to it', () => {
    const document = readPage(path);
    expect(text(document.querySelector('h1'))).toBe(ui.readerPages.title(audience));
    for (const section of document.querySelectorAll('.reader-page__chapter')) {
      const link = section.querySelector('h2 a');
      const chapter = link?.getAttribute('href') ?? '';
      expect(text(link), chapter).toBe(text(readPage(chapter).querySelector('h1')));
    }
  });

  it('links to the other two reflection pages', () => {
    const links = [...readPage(path).querySelectorAll('nav.reader-pages a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(readerPages.filter((page) => page.audience !== audience).map(readerPageHref));
  });
});

describe('ways to the reflection pages', () => {
  const all = readerPages.map(readerPageHref);

  it('the home page links to all three', () => {
    const links = [...readPage('/').querySelectorAll('main nav.reader-pages a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(all);
  });

  it('every chapter’s reflections link to all three', () => {
    for (const chapter of chapterPaths()) {
      const additions = readPage(chapter).querySelector('section.additions');
      const links = [...(additions?.querySelectorAll('nav.reader-pages a') ?? [])].map((a) => a.getAttribute('href'));
      expect(links, chapter).toEqual(all);
    }
  });
});
