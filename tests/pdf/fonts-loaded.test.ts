import { describe, expect, it } from 'vitest';
import { defaultEdition, type EditionOptions } from '../../workbook/edition/edition-schema.ts';
import { printPagePath } from '../../workbook/edition/standard-editions.ts';
import { paginate } from '../../workbook/render/paginate.ts';
import { useChromiumAndDist } from '../support/chromium-and-dist.ts';

/**
 * The print runtime loads the faces Chromium sets the text in before Paged.js measures a line
 * (workbook/print/runtime/paged-font-loading.ts), and no others: loading every face whose
 * unicode-range touched the text fetched some sixty Noto slices the workbook never prints in.
 */
const opened = useChromiumAndDist();

/** The families of the faces loaded once the pages are laid out, and whether any is still loading. */
async function familiesLoaded(changes: Partial<EditionOptions>) {
  const edition = { ...defaultEdition, paper: 'letter' as const, ...changes };
  const { collected } = await paginate(opened.browser, new URL(printPagePath(edition), opened.server.url).href, {
    edition,
    collect: () => {
      const faces = [...document.fonts];
      return {
        families: [...new Set(faces.filter((face) => face.status === 'loaded').map((face) => face.family))].sort(),
        loading: faces.filter((face) => face.status === 'loading').length,
      };
    },
  });
  return collected;
}

/** Families whose Latin or punctuation slices the old rule loaded for any English text. */
const UNUSED_BY_HEBREW = [
  'Noto Serif Devanagari',
  'Noto Serif Thai',
  'Noto Emoji',
  'Noto Serif SC',
  'Noto Serif TC',
  'Noto Serif JP',
  'Noto Serif KR',
];

describe('the faces a render loads', () => {
  it('are Literata alone for the English book', async () => {
    expect(await familiesLoaded({})).toEqual({ families: ['Literata'], loading: 0 });
  });

  it('include the face of a name’s script, and none of the scripts the text does not use', async () => {
    const { families, loading } = await familiesLoaded({ practice: 'מרכז שלום' });
    expect(loading).toBe(0);
    expect(families).toContain('Noto Serif Hebrew');
    for (const unused of UNUSED_BY_HEBREW) expect(families).not.toContain(unused);
  });
});
