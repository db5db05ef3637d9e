/**
 * The search page's text, in a module of its own: the search script (src/scripts/search.ts)
 * imports it directly, so the page does not download the whole of ui-strings.ts with it. The
 * rest of the site reads it as `ui.searchPage`.
 */
export const searchPageUi = {
  link: 'Search',
  title: 'Search the guide',
  description: 'Search the chapters, the questions and the support page. Searching happens on your device.',
  lead: 'Searches the chapters, the questions for each of you and the support page. Your words stay on this device: nothing is sent anywhere and nothing is saved.',
  label: 'Words to find',
  button: 'Search',
  noScript: 'Search needs JavaScript, which is off or unavailable in this browser. Everything is in',
  searching: 'Searching…',
  results: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
  none: (query: string) => `No results for “${query}”`,
  empty: 'Type a word or two to search for.',
  unavailable: 'Search is not available right now. The contents and the whole guide on one page are linked above.',
} as const;
