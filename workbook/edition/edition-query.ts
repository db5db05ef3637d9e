import { formatChapters } from './edition-field-kinds.ts';
import { editionFields, editionFieldNames, type EditionFieldName, type EditionSettings } from './edition-fields.ts';
import type { EditionOptions } from './edition-schema.ts';

/** Settings read from an address, by field name, before validation; other keys kept as they came. */
export type QuerySettings = EditionSettings & Record<string, unknown>;

const fieldOfKey = new Map(editionFieldNames.map((name) => [editionFields[name].query, name]));

/**
 * Reads edition settings from the studio's address (`?paper=a4&practice=…&chapters=2-4&lines=roomy`),
 * keys as the table names them. A flag is on for "1", "true" or an empty value. Unknown keys are
 * kept, so the schema can name them.
 */
export function editionSettingsFromQuery(search: string | URLSearchParams): QuerySettings {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const settings: QuerySettings = {};
  for (const [key, value] of params) {
    const name = fieldOfKey.get(key);
    // An address never carries a file: a logo's key is dropped like a value the form cannot show.
    if (name !== undefined && editionFields[name].kind === 'image') continue;
    if (name === undefined) settings[key] = value;
    else
      settings[name] = editionFields[name].kind === 'flag' ? value === '' || value === '1' || value === 'true' : value;
  }
  return settings;
}

/** Only the edition's own settings from an address's; anything else in it is not ours. */
export function pickEditionSettings(settings: QuerySettings): EditionSettings {
  return Object.fromEntries(editionFieldNames.filter((name) => name in settings).map((name) => [name, settings[name]]));
}

/** The shortest address query for an edition: defaults are left out, so a plain edition has none. */
export function editionQuery(edition: EditionOptions): string {
  const params = new URLSearchParams();
  for (const name of editionFieldNames) {
    const written = queryValue(name, edition);
    if (written !== undefined) params.set(editionFields[name].query, written);
  }
  return params.toString();
}

function queryValue(name: EditionFieldName, edition: EditionOptions): string | undefined {
  const field = editionFields[name];
  switch (field.kind) {
    case 'flag':
      return edition[name] === true ? '1' : undefined;
    case 'choice':
      // A choice's value is always one of its strings.
      return edition[name] === field.default ? undefined : (edition[name] as string);
    case 'text': {
      const text = (field.format as (value: unknown) => string)(edition[name]);
      return text === '' ? undefined : text;
    }
    case 'chapters':
      return formatChapters(edition.chapters) || undefined;
    case 'image':
      // A file is data, not a setting: it stays on the device, out of addresses and bookmarks.
      return undefined;
  }
}
