import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, requireDist, text } from '../support/built-site.ts';
import { readPrintManifest } from '../support/print-manifest.ts';
import { referenceArticle } from '../support/reference-article.ts';

beforeAll(requireDist);

/* /book/: the whole guide on one page, for offline reading and a plain printout. */
describe('/book/', () => {
  it('holds every chapter in reading order, with the article word for word and every prompt', () => {
    const document = readPage('/book/');
    const manifest = readPrintManifest();
    const reference = referenceArticle();
    const chapters = [...document.querySelectorAll('main > article.book-chapter')];
    expect(chapters.map((chapter) => chapter.getAttribute('id'))).toEqual(manifest.chapters.map((c) => c.id));
    chapters.forEach((chapter, index) => {
      const paragraphs = [...chapter.querySelectorAll('.book-chapter__text > p')].map(text);
      expect(paragraphs, `chapter ${index}`).toEqual([reference[index]?.paragraph]);
      const additions = chapter.querySelector('.book-chapter__text > section.additions');
      expect(text(additions?.querySelector('h2'))).toBe('Reflect and talk');
      const shown = text(additions);
      // A block for its reader's own copy only is never in shared material (tests/site/own-copy.test.ts).
      for (const prompt of manifest.chapters[index]?.prompts ?? [])
        if (!prompt.ownCopyOnly) expect(shown).toContain(prompt.text);
      for (const exercise of manifest.chapters[index]?.exercises ?? [])
        if (!exercise.ownCopyOnly) expect(shown).toContain(exercise.title);
    });
    expect(document.body.innerHTML).not.toContain('DatingSharing');
  });

  it('opens with contents whose links land on the chapters, and has unique ids', () => {
    const document = readPage('/book/');
    const links = [...document.querySelectorAll('nav.book__contents a')].map((a) => a.getAttribute('href') ?? '');
    const chapterIds = [...document.querySelectorAll('article.book-chapter')].map((a) => `#${a.getAttribute('id')}`);
    expect(links).toEqual(chapterIds);
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.getAttribute('id'));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('is linked from the home page', () => {
    const link = [...readPage('/').querySelectorAll('main a')].find((a) => a.getAttribute('href') === '/book/');
    expect(text(link)).toBe('Read it all on one page / offline');
  });

  it('is not counted as a chapter page', () => {
    expect(readPage('/book/').querySelector('.article-text')).toBeNull();
  });
});
