import type { EditionInput, EditionOptions } from './edition-schema.ts';
import { formatChapterSelection } from './chapter-selection.ts';
import { NUMBERED_CHAPTERS } from './edition-schema.ts';

const flags = ['promptsOnly', 'booklet', 'facilitator', 'discreet'] as const;
const texts = ['paper', 'practice', 'contact', 'chapters', 'lines', 'for'] as const;

/**
 * Reads edition settings from a URL query (`?paper=a4&practice=…&chapters=2-4&lines=roomy`),
 * the format of the studio's bookmarkable address and of the print source's own address.
 * Unknown parameters are kept so the schema can name them.
 */
export function editionInputFromQuery(search: string | URLSearchParams): Record<string, unknown> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const input: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if ((flags as readonly string[]).includes(key)) input[key] = value === '' || value === '1' || value === 'true';
    else if ((texts as readonly string[]).includes(key)) input[key] = value;
    else if (key !== 'preview') input[key] = value;
  }
  return input;
}

/** The shortest query for an edition: defaults are left out, so a plain edition has none. */
export function editionQuery(edition: EditionOptions): string {
  const params = new URLSearchParams();
  if (edition.paper !== 'letter') params.set('paper', edition.paper);
  if (edition.practice) params.set('practice', edition.practice);
  if (edition.contact.length > 0) params.set('contact', edition.contact.join(' | '));
  if (edition.chapters.length < NUMBERED_CHAPTERS) params.set('chapters', formatChapterSelection(edition.chapters));
  if (edition.lines !== 'standard') params.set('lines', edition.lines);
  if (edition.for !== 'couple') params.set('for', edition.for);
  for (const flag of flags) if (edition[flag]) params.set(flag, '1');
  return params.toString();
}

export type { EditionInput };
