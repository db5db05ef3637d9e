import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import remarkBaseLinks, { withBasePath } from '../../../src/remark/remark-base-links.ts';

describe('remark-base-links', () => {
  it('puts the base in front of links from the site root only', () => {
    expect(withBasePath('/workbook/studio/', '/rebuilding-trust/')).toBe('/rebuilding-trust/workbook/studio/');
    expect(withBasePath('/rebuilding-trust/support/', '/rebuilding-trust/')).toBe('/rebuilding-trust/support/');
    expect(withBasePath('//cdn.example/x', '/rebuilding-trust/')).toBe('//cdn.example/x');
    expect(withBasePath('https://example.org/', '/rebuilding-trust/')).toBe('https://example.org/');
    expect(withBasePath('#prompt', '/rebuilding-trust/')).toBe('#prompt');
    expect(withBasePath('../patience/', '/rebuilding-trust/')).toBe('../patience/');
  });

  it('rewrites links and definitions in a document', async () => {
    const out = String(
      await remark()
        .use(remarkBaseLinks, { base: '/sub/' })
        .process('See [the studio](/workbook/studio/) and [support][s].\n\n[s]: /support/\n'),
    );
    expect(out).toContain('[the studio](/sub/workbook/studio/)');
    expect(out).toContain('[s]: /sub/support/');
  });
});
