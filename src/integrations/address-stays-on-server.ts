import type { Plugin } from 'vite';

/**
 * A Vite plugin: the copy of content/book.json bundled into a page's scripts (the studio and the
 * print page read the book's readers and titles) leaves out `siteUrl`. No script needs the address,
 * and a published file must not carry one that leads nowhere (the example address of a build
 * without SITE_URL). Runs before Vite turns the JSON into a module; server code keeps the whole file.
 */
export function addressStaysOnServer(): Plugin {
  return {
    name: 'site:address-stays-on-server',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !id.replace(/\?.*$/, '').endsWith('/content/book.json')) return undefined;
      const data = JSON.parse(code) as Record<string, unknown>;
      delete data['siteUrl'];
      return { code: JSON.stringify(data), map: null };
    },
  };
}
