import { parseHTML } from 'linkedom';

export interface Crawled {
  /** Every HTML page reached, as absolute URLs. */
  pages: string[];
  /** Every URL fetched (pages, styles, scripts, fonts, images, downloads) with its status. */
  fetched: Map<string, number>;
  /** One line per problem: a URL outside `base`, or one that did not answer 200. */
  problems: string[];
}

const ATTRIBUTES = ['href', 'src', 'action', 'data'] as const;

/** `url(...)` references in CSS, minus data: URLs and fragments. */
function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map((match) => match[2] ?? '')
    .filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
}

/**
 * Follows every link, stylesheet, script, font, image, frame and download from `start` (an address
 * on the loopback server that serves the site under `base`), fetching each once. Off-site addresses
 * (https://…) are not fetched; any address on the site's own origin outside `base` is a problem,
 * fetched or not.
 */
export async function crawlSite(start: string, base: string, extra: readonly string[] = []): Promise<Crawled> {
  const origin = new URL(start).origin;
  const fetched = new Map<string, number>();
  const pages: string[] = [];
  const problems: string[] = [];
  const queue: { url: string; from: string }[] = [start, ...extra].map((url) => ({ url, from: '(start)' }));

  const see = (raw: string, from: string) => {
    if (raw === '' || raw.startsWith('#') || /^(mailto|tel|data|javascript):/.test(raw)) return;
    const url = new URL(raw, from);
    if (url.origin !== origin) return;
    url.hash = '';
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: ${raw} is outside ${base}`);
      return;
    }
    queue.push({ url: url.href, from });
  };

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    const key = url.split('?')[0]!;
    if (fetched.has(key)) continue;
    const response = await fetch(url);
    fetched.set(key, response.status);
    if (response.status !== 200) {
      problems.push(`${from}: ${url} answered ${response.status}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) {
      pages.push(url);
      const { document } = parseHTML(await response.text());
      for (const element of document.querySelectorAll('*')) {
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value !== null && !(element.tagName === 'META')) see(value, url);
        }
        const srcset = element.getAttribute('srcset');
        if (srcset) for (const part of srcset.split(',')) see(part.trim().split(/\s+/)[0] ?? '', url);
      }
      for (const style of document.querySelectorAll('style'))
        for (const ref of cssUrls(style.textContent)) see(ref, url);
    } else if (type.includes('text/css')) {
      for (const ref of cssUrls(await response.text())) see(ref, url);
    } else {
      await response.arrayBuffer();
    }
  }
  return { pages, fetched, problems };
}
