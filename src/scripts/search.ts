/**
 * /search/: searches Pagefind's index (written into the built site by
 * src/integrations/search-index.ts) with its JS API. Everything is fetched from this site; the
 * query is never put in the address or stored, so it stays out of the history.
 */
import { searchPageUi } from '../lib/search-strings.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;

/** Pagefind's excerpt is escaped text with <mark> around the matches; rebuilt as nodes, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  return item;
}

function start(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const bundle = form.dataset['bundle'] ?? '/pagefind/';
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  document.querySelector<HTMLElement>('[data-search-no-script]')?.setAttribute('hidden', '');
  form.hidden = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const run = ++latest;
    list.replaceChildren();
    if (query === '') {
      status.textContent = searchPageUi.empty;
      return;
    }
    status.textContent = searchPageUi.searching;
    pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      await module.options({ excerptLength: 24 });
      return module;
    });
    pagefind
      .then(async (module) => {
        const found = await module.search(query);
        const results = await Promise.all((found?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
        if (run !== latest) return;
        list.replaceChildren(...results.map(resultItem));
        status.textContent =
          results.length === 0 ? searchPageUi.none(query) : searchPageUi.results(found?.results.length ?? 0, query);
      })
      .catch(() => {
        pagefind = undefined;
        if (run === latest) status.textContent = searchPageUi.unavailable;
      });
  });
}

start();
