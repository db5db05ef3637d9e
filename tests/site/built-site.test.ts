import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPagePaths, distDir, listChapterPages, readPage, requireDist, text } from '../support/built-site.ts';
import { referenceArticle } from '../support/reference-article.ts';

const chapterIds = [
  'introduction',
  'acknowledging-the-pain',
  'owning-the-mistake',
  'honest-communication',
  'safe-space',
  'consistent-actions',
  'patience',
  'professional-support',
  'underlying-issues',
  'intimacy',
  'the-new-relationship',
];

beforeAll(requireDist);

describe('chapter pages', () => {
  const reference = referenceArticle();

  it('one page per section of the article, in its order', () => {
    const built = listChapterPages().map((page) => page.path);
    const inReadingOrder = [...readPage('/').querySelectorAll('.contents li > a')].map((a) => a.getAttribute('href'));
    expect([...inReadingOrder].sort(), 'the contents lists every built chapter page').toEqual(built);
    expect(inReadingOrder).toHaveLength(reference.length);
    const headings = inReadingOrder.map((href) => text(readPage(href ?? '').querySelector('h1')));
    // The introduction is untitled in the article; every other page is headed as its section is.
    expect(headings.slice(1)).toEqual(reference.slice(1).map((section) => section.heading));
  });

  it.each(chapterIds.map((id, index) => [id, index] as const))(
    '%s holds its article text word for word',
    (id, index) => {
      const document = readPage(`/${id}/`);
      const section = reference[index];
      if (section?.heading) expect(text(document.querySelector('h1'))).toBe(section.heading);
      const paragraphs = [...document.querySelectorAll('.article-text > p')].map(text);
      expect(paragraphs).toEqual([section?.paragraph]);
      expect(document.body.innerHTML).not.toContain('DatingSharing');
    },
  );

  it('keeps our additions in their own labelled section, after the article', () => {
    for (const id of chapterIds) {
      const document = readPage(`/${id}/`);
      const additions = document.querySelector('.article-text > section.additions');
      expect(additions, id).not.toBeNull();
      expect(text(additions?.querySelector('h2'))).toBe('Reflect and talk');
      const reflections = additions?.querySelectorAll('aside.reflection') ?? [];
      if (id !== 'introduction') expect(reflections.length, id).toBeGreaterThanOrEqual(2);
      for (const reflection of reflections) {
        expect(text(reflection.querySelector('.reflection__for'))).toMatch(
          /^For (the partner who was hurt|the partner who had the affair|both of you)$/,
        );
        expect(reflection.getAttribute('id')).toMatch(new RegExp(`^${id}-prompt-\\d+$`));
      }
    }
  });

  it('says "Chapter N of 10", except for the introduction', () => {
    expect(text(readPage('/introduction/').querySelector('.chapter-header__kicker'))).not.toMatch(/Chapter/);
    chapterIds.slice(1).forEach((id, index) => {
      expect(text(readPage(`/${id}/`).querySelector('.chapter-header__kicker'))).toMatch(
        new RegExp(`^Chapter ${index + 1} of 10\\b`),
      );
    });
  });

  it('links previous and next in a chain through every chapter', () => {
    chapterIds.forEach((id, index) => {
      const document = readPage(`/${id}/`);
      const previous = document.querySelector('a[rel="prev"]');
      const next = document.querySelector('a[rel="next"]');
      expect(previous?.getAttribute('href') ?? null, id).toBe(index > 0 ? `/${chapterIds[index - 1]}/` : null);
      expect(next?.getAttribute('href') ?? null, id).toBe(
        index < chapterIds.length - 1 ? `/${chapterIds[index + 1]}/` : null,
      );
      if (next) expect(text(next)).toContain(text(readPage(`/${chapterIds[index + 1]}/`).querySelector('h1')));
    });
  });

  it('lists every chapter in the chapter nav and marks the current one', () => {
    for (const id of chapterIds) {
      const nav = readPage(`/${id}/`).querySelector('nav[aria-label="Chapters"]');
      const hrefs = [...(nav?.querySelectorAll('.chapter-nav__sidebar a') ?? [])].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(chapterIds.map((c) => `/${c}/`));
      const current = [...(nav?.querySelectorAll('.chapter-nav__sidebar a[aria-current="page"]') ?? [])];
      expect(current.map((a) => a.getAttribute('href'))).toEqual([`/${id}/`]);
      expect(nav?.querySelector('details > summary')).not.toBeNull();
    }
  });
});

describe('home page', () => {
  it('lists every chapter in order with its summary and reading time, grouped by part', () => {
    const document = readPage('/');
    const links = [...document.querySelectorAll('.contents li > a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(chapterIds.map((id) => `/${id}/`));
    for (const link of links) {
      const item = link.parentElement;
      expect(text(item?.querySelector('.contents__time'))).toMatch(/^\d+ min read$/);
      expect(text(item?.querySelector('p')).length).toBeGreaterThan(20);
    }
    expect([...document.querySelectorAll('.contents h3')].map(text)).toEqual([
      'Facing what happened',
      'Talking again',
      'Rebuilding day by day',
      'Looking deeper',
      'A new relationship',
    ]);
    expect(document.querySelector('a[href="/introduction/"].home__start')).not.toBeNull();
    expect(document.querySelector('main a[href="/workbook/"]')).not.toBeNull();
  });
});

describe('every page', () => {
  const pages = () => builtPagePaths();

  it('counts the print studio as a page a reader opens, and the print sources as none', () => {
    expect(pages()).toContain('/workbook/studio/');
    expect(pages().filter((page) => page.startsWith('/workbook/print/'))).toEqual([]);
  });

  it('has lang, one h1, no skipped heading level, landmarks and the support link in the header', () => {
    expect(pages().length).toBeGreaterThanOrEqual(chapterIds.length + 4);
    for (const page of pages()) {
      const document = readPage(page);
      expect(document.documentElement.getAttribute('lang'), page).toBe('en');
      expect(document.querySelectorAll('h1').length, page).toBe(1);
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
      levels.forEach((level, index) => {
        if (index > 0)
          expect(level - (levels[index - 1] ?? 1), `${page}: heading jumps to h${level}`).toBeLessThanOrEqual(1);
      });
      expect(document.querySelector('body > a.skip-link[href="#main"]'), page).not.toBeNull();
      expect(document.querySelector('main#main'), page).not.toBeNull();
      expect(document.querySelector('body > header'), page).not.toBeNull();
      expect(document.querySelector('body > footer'), page).not.toBeNull();
      expect(text(document.querySelector('body > header nav[aria-label="Site"] a[href="/support/"]')), page).toBe(
        'Support and safety',
      );
    }
  });

  it('has a title, meta description and Open Graph tags, and no canonical URL while the address is the example', () => {
    for (const page of pages()) {
      const document = readPage(page);
      // A page search engines should not list names no canonical address (the 404: /404/ does not exist).
      if (document.querySelector('meta[name="robots"][content="noindex"]')) {
        expect(document.querySelector('link[rel="canonical"], meta[property="og:url"]'), page).toBeNull();
        continue;
      }
      // The example address leads nowhere, so no page names it (a real one: tests/pdf/build/subpath.test.ts).
      expect(document.querySelector('link[rel="canonical"], meta[property="og:url"]'), page).toBeNull();
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, page).toBeGreaterThan(20);
      expect(description.length, page).toBeLessThanOrEqual(200);
      for (const property of ['og:title', 'og:description', 'og:type']) {
        expect(
          document.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
          `${page} ${property}`,
        ).toBeTruthy();
      }
    }
  });

  it('asks nothing of another host: no external scripts, styles, fonts or images', () => {
    for (const page of pages()) {
      const document = readPage(page);
      for (const element of document.querySelectorAll('script[src], link[href], img[src], iframe, source[src]')) {
        const url = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
        if (element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical') continue;
        expect(url.startsWith('/') && !url.startsWith('//'), `${page}: ${element.tagName} ${url}`).toBe(true);
      }
      expect(document.documentElement.outerHTML, page).not.toMatch(/@import\s+url\(["']?https?:/);
    }
  });

  it('has internal links and fragments that all resolve', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      const document = readPage(page);
      for (const anchor of document.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href') ?? '';
        if (/^[a-z]+:/i.test(href)) continue;
        const [target = '', fragment] = href.split('#');
        const targetPath = target === '' ? page : target;
        const file = targetPath.endsWith('/')
          ? path.join(distDir, targetPath, 'index.html')
          : path.join(distDir, targetPath);
        if (!existsSync(file)) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        if (fragment && !readPage(targetPath).getElementById(fragment))
          broken.push(`${page} → ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no duplicate ids', () => {
    for (const page of [...pages(), '/workbook/print/letter/', '/workbook/print/a4/']) {
      const ids = [...readPage(page).querySelectorAll('[id]')].map((element) => element.id);
      expect(
        ids.filter((id, index) => ids.indexOf(id) !== index),
        page,
      ).toEqual([]);
    }
  });

  it('never glues a word to a link or inline element', () => {
    for (const page of pages()) {
      const body = readPage(page).body.innerHTML;
      expect(body.match(/[a-z,.;:]<(a|strong|em|span|code)\b[^>]*>[a-z]/gi) ?? [], page).toEqual([]);
      expect(body.match(/<\/(a|strong|em|code)>[a-z]/gi) ?? [], page).toEqual([]);
    }
  });

  it('has no link whose whole text is "click here" or "read more"', () => {
    for (const page of pages()) {
      for (const anchor of readPage(page).querySelectorAll('a')) {
        expect(text(anchor).toLowerCase(), page).not.toMatch(/^(click here|here|read more|more)$/);
      }
    }
  });

  it('publishes a 404 page, and no sitemap while the address is the example (it needs absolute addresses)', () => {
    expect(existsSync(path.join(distDir, 'sitemap-index.xml'))).toBe(false);
    expect(readPage('/').querySelector('link[rel="sitemap"]')).toBeNull();
    expect(existsSync(path.join(distDir, '404.html'))).toBe(true);
    expect(readPage('/404.html').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readPage('/404.html').querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('publishes robots.txt allowing every page, with no sitemap line while the address is the example, and keeps the print pages out of the index', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    for (const paper of ['letter', 'a4']) {
      const print = readPage(`/workbook/print/${paper}/`);
      expect(print.querySelector('meta[name="robots"]')?.getAttribute('content'), paper).toBe('noindex');
      expect(print.querySelector('link[rel="canonical"]'), paper).toBeNull();
    }
    expect(readFileSync(path.join(distDir, '_headers'), 'utf8')).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'/,
    );
  });

  it("holds the print pages' parser until their style sheets have loaded: a classic script after the last linked sheet, before the book", () => {
    for (const paper of ['letter', 'a4']) {
      const head = readPage(`/workbook/print/${paper}/`).head;
      const children = [...head.children];
      // A linked sheet is fetched while the parser goes on; a <style> is read where it stands.
      const lastSheet = children.findLastIndex(
        (element) => element.localName === 'link' && element.getAttribute('rel') === 'stylesheet',
      );
      const holds = children.findIndex(
        (element, index) =>
          index > lastSheet &&
          element.localName === 'script' &&
          element.hasAttribute('src') &&
          !element.hasAttribute('type') &&
          !element.hasAttribute('async') &&
          !element.hasAttribute('defer'),
      );
      expect(holds, `${paper}: a parser-blocking script after the last linked style sheet in <head>`).toBeGreaterThan(
        lastSheet,
      );
      const file = path.join(distDir, children[holds]!.getAttribute('src')!);
      expect(existsSync(file), file).toBe(true);
    }
  });
});

describe('typography on every page', () => {
  it('never leaves a space inside curly quotes (a line break in the markup between a quote and its words shows as one)', () => {
    const stray = builtPagePaths()
      .map((sitePath) => ({ sitePath, found: text(readPage(sitePath).body).match(/“\s\S{0,20}|\S{0,20}\s”/g) }))
      .filter(({ found }) => found !== null);
    expect(stray).toEqual([]);
  });
});
