/**
 * Where a reader's page goes in the shared book's pointer to their own copy: the component
 * (PrintOwnCopy.astro) writes the sentence with this token in it, the runtime (apply-reader.ts)
 * puts the page in, once the build knows it. A token, not a second rendering, so the sentence is
 * written once (ui.ownCopy).
 */
export const pageToken = (readerId: string): string => `{page:${readerId}}`;

/** Every token in a template, with the reader it stands for. */
export function pageTokens(template: string): { token: string; reader: string }[] {
  return [...template.matchAll(/\{page:([^}]+)\}/g)].map((match) => ({ token: match[0], reader: match[1] ?? '' }));
}
