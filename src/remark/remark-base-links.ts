/**
 * remark-base-links: puts the site's base path in front of every link an author writes from the
 * site's root (`[the studio](/workbook/studio/)` → `/our-book/workbook/studio/`), so
 * content links keep working when the site is published under a path (SITE_URL).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The base path with both slashes, e.g. `/` or `/our-book/`. */
  base: string;
}

/** Pure core: `url` under `base` when it is from the site's root; anything else unchanged. */
export function withBasePath(url: string, base: string): string {
  if (!url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base}${url.slice(1)}`;
}

export default function remarkBaseLinks(options: Options) {
  return (tree: Root) => {
    if (options.base === '/') return;
    visit(tree, ['link', 'definition', 'image'], (node) => {
      if ('url' in node && typeof node.url === 'string') node.url = withBasePath(node.url, options.base);
    });
  };
}
