import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { optionPictures, pictureSize, type OptionPicture } from '../../../../src/lib/option-pictures.ts';
import { defaultEdition } from '../../../../workbook/edition/edition-schema.ts';
import { editionFields } from '../../../../workbook/edition/edition-fields.ts';
import { findPicturePage } from '../../../../workbook/pictures/find-picture-page.ts';
import { pictureSampleEditions, sampleName } from '../../../../workbook/pictures/picture-samples.ts';
import { tinyPdf } from '../../../support/tiny-pdf.ts';

const sample = (from: OptionPicture['from'], id = 'example'): OptionPicture => ({
  id,
  option: 'Example',
  cli: '--example',
  studio: 'Example',
  alt: 'An example page.',
  from,
  page: 1,
  shape: 'letter',
});

describe('the option pictures’ sources', () => {
  it('renders each sample edition once, validated, with the placeholder logo where asked', () => {
    const editions = pictureSampleEditions(11);
    const samples = optionPictures.flatMap((picture) => ('sample' in picture.from ? [picture.from] : []));
    expect(editions.map((edition) => edition.name).sort()).toEqual([...new Set(samples.map(sampleName))].sort());
    const withLogo = editions.filter((edition) => edition.options.logo);
    expect(withLogo).toHaveLength(1);
    expect(withLogo[0]!.options.logo).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(withLogo[0]!.options.practice).toMatch(/^Sample /);
    expect(withLogo[0]!.options).toMatchObject({ paper: defaultEdition.paper, chapters: [2, 5], printShop: false });
    expect(withLogo[0]!.options.localNumbers.length).toBeGreaterThan(1);
  });

  it('stops on a sample the studio would refuse, naming the picture', () => {
    expect(() => pictureSampleEditions(11, [sample({ sample: 'lines=huge' }, 'too-big')])).toThrow(
      /option-pictures\.ts, picture "too-big": its sample edition is not valid: .*lines/,
    );
  });

  it('keeps a sample’s chapters to those a shorter book has', () => {
    const chosen = (count: number) =>
      pictureSampleEditions(count, [sample({ sample: 'chapters=2,5&sessionChapters=5' })])[0]!.options;
    expect(chosen(11)).toMatchObject({ chapters: [2, 5], sessionChapters: [5] });
    expect(chosen(4)).toMatchObject({ chapters: [2], sessionChapters: [1] });
    expect(chosen(1)).toMatchObject({ chapters: 'all', sessionChapters: [1] });
  });

  it('finds the page a picture shows: by number, by its words, by its form fields; and refuses one that is not there', async () => {
    const pdf = await tinyPdf([{ text: 'Cover' }, { text: 'Contents and more' }, { text: 'Chapter one' }]);
    expect(await findPicturePage({ ...sample({ file: 'x.pdf' }), page: 3 }, pdf)).toBe(3);
    expect(await findPicturePage({ ...sample({ file: 'x.pdf' }), page: { containing: 'Contents' } }, pdf)).toBe(2);
    await expect(findPicturePage({ ...sample({ file: 'x.pdf' }), page: 4 }, pdf)).rejects.toThrow(
      /picture "example": no page of its PDF \(3 pages\) is page 4/,
    );
    await expect(findPicturePage({ ...sample({ file: 'x.pdf' }), page: 'most-form-fields' }, pdf)).rejects.toThrow(
      /a page with a form field/,
    );

    const doc = await PDFDocument.load(pdf);
    const form = doc.getForm();
    form.createTextField('one').addToPage(doc.getPage(1));
    form.createTextField('two').addToPage(doc.getPage(2));
    form.createTextField('three').addToPage(doc.getPage(2), { y: 300 });
    const fillable = await doc.save();
    expect(await findPicturePage({ ...sample({ file: 'x.pdf' }), page: 'most-form-fields' }, fillable)).toBe(3);
  });

  it('names in each caption only the command line’s real options and the studio’s real settings', () => {
    const flags = new Set(Object.values(editionFields).map((field) => field.flag));
    const labels = new Set(Object.values(editionFields).map((field) => field.label));
    for (const picture of optionPictures) {
      const named = picture.cli.match(/--[a-z-]+/g) ?? [];
      expect(named.length, picture.id).toBeGreaterThan(0);
      for (const flag of named) expect(flags, `${picture.id}: ${flag}`).toContain(flag);
      for (const label of picture.studio.split(', ')) expect(labels, `${picture.id}: ${label}`).toContain(label);
    }
  });

  it('gives each shape its page’s proportions at one width', () => {
    expect(pictureSize('letter')).toEqual({ width: 320, height: 414 });
    expect(pictureSize('a4')).toEqual({ width: 320, height: 453 });
    expect(pictureSize('letter-sheet')).toEqual({ width: 320, height: 247 });
    expect(pictureSize('letter-print-shop').height).toBeLessThan(414);
  });
});
