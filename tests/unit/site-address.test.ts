import { describe, expect, it } from 'vitest';
import { exampleAddressWarning, isExampleHost, joinBase, resolveSiteAddress } from '../../src/lib/site-address.ts';
import { headersFile, securityHeaders } from '../../src/lib/security-headers.ts';
import { parseHeadersFile } from '../../workbook/io/static-headers.ts';

const EXAMPLE = 'https://rebuilding-trust.example.org';

describe('the site address', () => {
  it('is SITE_URL when set, with its path as the base', () => {
    expect(resolveSiteAddress('https://example.github.io/rebuilding-trust', EXAMPLE)).toEqual({
      href: 'https://example.github.io/rebuilding-trust/',
      origin: 'https://example.github.io',
      base: '/rebuilding-trust/',
      printed: 'example.github.io/rebuilding-trust',
      isExample: false,
    });
  });

  it("is content/book.json's siteUrl when SITE_URL is unset or empty, and warns in one line that it is the example", () => {
    for (const unset of [undefined, '', '  ']) {
      const address = resolveSiteAddress(unset, EXAMPLE);
      expect(address).toMatchObject({ base: '/', printed: 'rebuilding-trust.example.org', isExample: true });
      const warning = exampleAddressWarning(address);
      expect(warning).toMatch(/^warning: .*no page, PDF or EPUB names one; .*SITE_URL=https:\/\//);
      expect(warning).not.toContain('\n');
    }
    expect(exampleAddressWarning(resolveSiteAddress('https://couples.hope-counselling.org/', EXAMPLE))).toBeUndefined();
  });

  it('knows an example address by the domains kept for examples, whatever the book', () => {
    for (const host of [
      'example.org',
      'rebuilding-trust.example.org',
      'a.b.example.com',
      'example.net',
      'book.example',
    ]) {
      expect(isExampleHost(host), host).toBe(true);
    }
    for (const host of ['example.github.io', 'myexample.org', 'example.org.uk', 'hope-counselling.org']) {
      expect(isExampleHost(host), host).toBe(false);
    }
  });

  it('stops with one line naming both settings when neither SITE_URL nor siteUrl gives an address', () => {
    expect(() => resolveSiteAddress(undefined, undefined)).toThrow(
      /^The site has no address: content\/book\.json has no siteUrl and SITE_URL is not set; set SITE_URL to [^\n]*$/,
    );
  });

  it('stops on an unusable SITE_URL with one line naming it and the fix', () => {
    for (const bad of [
      'example.github.io',
      'ftp://example.org/',
      'https://example.org/?a=1',
      'https://example.org/#top',
    ]) {
      expect(() => resolveSiteAddress(bad, EXAMPLE)).toThrow(
        new RegExp(
          `^SITE_URL "${bad.replace(/[.?#/]/g, '\\$&')}" is not an http\\(s\\) address.*e\\.g\\. SITE_URL=https://[^\\n]*$`,
        ),
      );
    }
  });

  it('joins root paths under the base', () => {
    expect(joinBase('/', '/support/')).toBe('/support/');
    expect(joinBase('/rebuilding-trust/', '/support/')).toBe('/rebuilding-trust/support/');
    expect(() => joinBase('/', 'support/')).toThrow(/must start with/);
  });
});

describe('the _headers file', () => {
  it('round-trips through the reader the loopback server uses, for any path', () => {
    const headersFor = parseHeadersFile(headersFile());
    expect(headersFor('/')).toEqual(securityHeaders);
    expect(headersFor('/workbook/print/a4/')).toEqual(securityHeaders);
    expect(parseHeadersFile('/downloads/*\n  X-A: 1\n# note\n/*\n  X-B: 2\n')('/downloads/a.pdf')).toEqual({
      'X-A': '1',
      'X-B': '2',
    });
  });

  it('allows no inline script and no eval', () => {
    const csp = securityHeaders['Content-Security-Policy'] ?? '';
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    // WebAssembly for Pagefind's search, and nothing else: no inline script, no eval of JavaScript.
    expect(csp).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).toMatch(/(^|; )frame-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )frame-ancestors 'self'(;|$)/);
  });
});
