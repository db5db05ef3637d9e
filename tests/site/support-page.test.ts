import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { safetySectionSchema, type SafetySectionFrontmatter } from '../../src/schemas/safety-section.ts';
import { builtPagePaths, readPage, requireDist, text } from '../support/built-site.ts';

/*
 * The "Support and safety" page shows every safety section marked for the web, in its order (and
 * none that leaves the web out); the old /about/#safety still leads there; and every page starts with
 * the skip link and then the quick exit, a plain link to book.exitUrl.
 */

beforeAll(requireDist);

const SAFETY_DIR = path.resolve('content/safety');

/** The frontmatter of each content/safety/*.mdx: flat `key: value` lines, checked by the real schema. */
function safetySections(): (SafetySectionFrontmatter & { id: string })[] {
  return readdirSync(SAFETY_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(path.join(SAFETY_DIR, file), 'utf8');
      const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      const fields: Record<string, unknown> = {};
      for (const line of block.split(/\r?\n/)) {
        const match = /^(\w+):\s*(.*?)\s*$/.exec(line);
        if (match?.[1] !== undefined) fields[match[1]] = scalar(match[2] ?? '');
      }
      return { id: file.replace(/\.mdx$/, ''), ...safetySectionSchema.parse(fields) };
    });
}

function scalar(value: string): unknown {
  if (value.startsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  if (value.startsWith('"')) return JSON.parse(value) as unknown;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

describe('/support/', () => {
  it('shows every web safety section, in order, each with its text', () => {
    const expected = safetySections()
      .filter((section) => section.in.includes('web'))
      .sort((a, b) => a.order - b.order);
    expect(expected.length).toBeGreaterThan(0);
    const sections = [...readPage('/support/').querySelectorAll('.support__section')].slice(0, expected.length);
    expect(sections.map((section) => text(section.querySelector('h2')))).toEqual(expected.map((s) => s.title));
    expect(sections.map((section) => section.querySelector('h2')?.id)).toEqual(expected.map((s) => s.id));
    for (const section of sections) {
      const body = text(section)
        .slice(text(section.querySelector('h2')).length)
        .trim();
      expect(body.length, text(section.querySelector('h2'))).toBeGreaterThan(0);
    }
  });

  it('leaves out sections that are not for the web', () => {
    const headings = [...readPage('/support/').querySelectorAll('h2')].map(text);
    for (const section of safetySections().filter((s) => !s.in.includes('web')))
      expect(headings).not.toContain(section.title);
  });

  it('is where "Support and safety" leads, and the old /about/#safety still leads there', () => {
    const about = readPage('/about/');
    expect(about.getElementById('safety')).not.toBeNull();
    expect(about.querySelector('main a[href="/support/"]')).not.toBeNull();
    expect(readPage('/').querySelector('main a[href="/support/"]')).not.toBeNull();
    expect(readPage('/').querySelector('footer a[href="/support/"]')).not.toBeNull();
  });
});

describe('the quick exit', () => {
  it('comes right after the skip link on every page, as a plain link to book.exitUrl', () => {
    for (const page of builtPagePaths()) {
      const body = readPage(page).body;
      const [skip, bar] = [...body.children];
      expect(skip?.className, page).toBe('skip-link');
      expect(bar?.className, page).toBe('quick-exit');
      const link = bar?.querySelector('a');
      expect(link?.getAttribute('href'), page).toBe(book.exitUrl);
      expect(link?.getAttribute('rel'), page).toBe('noreferrer');
      expect(link?.hasAttribute('data-quick-exit'), page).toBe(true);
      expect(text(link), page).toBe('Exit this page');
    }
  });
});
