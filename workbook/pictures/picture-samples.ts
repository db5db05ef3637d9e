import { readFileSync } from 'node:fs';
import path from 'node:path';
import { optionPictures, type OptionPicture } from '../../src/lib/option-pictures.ts';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { sha256 } from '../cache/digest.ts';
import { editionSettingsFromQuery, type QuerySettings } from '../edition/edition-query.ts';
import { editionSchemaFor } from '../edition/edition-schema.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { readLogo } from '../logo/read-logo.ts';
import { nodeSvgDom } from '../logo/node-svg-dom.ts';

/** Our own placeholder logo (a leaf in a circle, no words), drawn for the pictures: no real practice's. */
export const SAMPLE_LOGO_FILE = path.join(import.meta.dirname, 'sample-logo.svg');

/** The name a sample edition renders under, in progress lines and the cache: one per distinct sample. */
export function sampleName(source: Extract<OptionPicture['from'], { sample: string }>): string {
  return `picture-sample-${sha256(`${source.sample}|${source.logo === true}`).slice(0, 8)}`;
}

/**
 * The sample editions the pictures need (src/lib/option-pictures.ts), each once however many
 * pictures come from it, validated like the studio's address; a bad sample stops the build with
 * the schema's words and the picture's id.
 */
export function pictureSampleEditions(chapterCount: number, pictures = optionPictures): Edition[] {
  const byName = new Map<string, Edition>();
  for (const picture of pictures) {
    if (!('sample' in picture.from)) continue;
    const name = sampleName(picture.from);
    if (byName.has(name)) continue;
    const settings = {
      ...withinBook(editionSettingsFromQuery(picture.from.sample), chapterCount),
      ...(picture.from.logo ? { logo: logo() } : {}),
    };
    const result = editionSchemaFor({ chapterCount }).safeParse(settings, { reportInput: true });
    if (!result.success)
      throw new Error(
        `src/lib/option-pictures.ts, picture "${picture.id}": its sample edition is not valid: ${formatIssues('sample', result.error.issues)}`,
      );
    byName.set(name, { name, kind: 'workbook', options: result.data, fileName: `${name}.pdf` });
  }
  return [...byName.values()];
}

function logo(): string {
  const read = readLogo(readFileSync(SAMPLE_LOGO_FILE), nodeSvgDom);
  if ('problem' in read) throw new Error(`${SAMPLE_LOGO_FILE} ${read.problem}.`);
  return read.dataUrl;
}

/**
 * A sample's chapters (a list such as `2,5`) as far as this book has them, so a shorter book still
 * gets its pictures: it shows the chapters it has, the first if none is left.
 */
function withinBook(settings: QuerySettings, chapterCount: number): QuerySettings {
  const fitted = { ...settings };
  for (const name of ['chapters', 'sessionChapters'] as const) {
    const value = fitted[name];
    if (typeof value !== 'string' || !/^\d+(,\d+)*$/.test(value)) continue;
    const kept = value.split(',').filter((number) => Number(number) <= chapterCount);
    fitted[name] = (kept.length > 0 ? kept : ['1']).join(',');
  }
  return fitted;
}
