import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { optionPictures, pictureSize, type OptionPicture } from '../../src/lib/option-pictures.ts';
import { sha256 } from '../cache/digest.ts';
import { defaultEdition } from '../edition/edition-schema.ts';
import { setPrintShopBoxes } from '../pdf/set-print-shop-boxes.ts';
import { installedVersion } from '../cache/source-modules.ts';
import { openPdfPageDrawer, type PdfPageDrawer } from './draw-pdf-page.ts';
import { HARNESS_FILE } from './pdf-harness.ts';
import { findPicturePage } from './find-picture-page.ts';
import { sampleName } from './picture-samples.ts';
import path from 'node:path';

export interface MadePicture {
  picture: OptionPicture;
  png: Uint8Array;
}

/** Keeps a picture made from `inputs` for the next build (the build cache), or makes it. */
export type PictureStore = (id: string, inputs: unknown, make: () => Promise<Uint8Array>) => Promise<Uint8Array>;

const root = path.resolve(import.meta.dirname, '../..');

/**
 * What decides a picture's pixels besides its PDF: how it is drawn (this folder's code and pdf.js)
 * and its size. With the PDF's digest, it is the picture's key, so a build whose PDF did not
 * change draws nothing.
 */
const drawing = sha256(
  [
    HARNESS_FILE,
    path.join(import.meta.dirname, 'draw-pdf-page.ts'),
    path.join(import.meta.dirname, 'find-picture-page.ts'),
    path.join(import.meta.dirname, '../pdf/set-print-shop-boxes.ts'),
    import.meta.filename,
  ]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\0') + installedVersion(root, 'pdfjs-dist'),
);

/**
 * Draws each option's picture (src/lib/option-pictures.ts) from the PDF it comes from: a
 * published file by name, or a sample edition by its name (picture-samples.ts). Chromium is asked
 * for only when a picture is not in the store.
 */
export async function makeOptionPictures(options: {
  pdfs: ReadonlyMap<string, Uint8Array>;
  browser: () => Promise<Browser>;
  store?: PictureStore;
  pictures?: readonly OptionPicture[];
}): Promise<MadePicture[]> {
  const { pdfs, pictures = optionPictures } = options;
  const store: PictureStore = options.store ?? ((_id, _inputs, make) => make());
  let drawer: Promise<PdfPageDrawer> | undefined;
  try {
    const made: MadePicture[] = [];
    for (const picture of pictures) {
      const source = 'file' in picture.from ? picture.from.file : `${sampleName(picture.from)}.pdf`;
      const pdf = pdfs.get(source);
      if (!pdf)
        throw new Error(
          `src/lib/option-pictures.ts, picture "${picture.id}": the build made no PDF "${source}"; name one it publishes.`,
        );
      const size = pictureSize(picture.shape);
      const inputs = { pdf: sha256(pdf), from: picture.from, page: picture.page, shape: picture.shape, size, drawing };
      const png = await store(picture.id, inputs, async () => {
        drawer ??= options.browser().then(openPdfPageDrawer);
        const page = await findPicturePage(picture, pdf);
        const drawn =
          'file' in picture.from && picture.from.printShop
            ? await (await drawer).draw(await asPrintShopPage(pdf, page), 1, size.width, size.height)
            : await (await drawer).draw(pdf, page, size.width, size.height);
        const expected = Math.round((size.width * drawn.points[1]) / drawn.points[0]);
        if (Math.abs(expected - size.height) > 1)
          throw new Error(
            `src/lib/option-pictures.ts, picture "${picture.id}": its page is ${drawn.points.map((n) => n.toFixed(0)).join(' × ')} pt, not the "${picture.shape}" shape; give it the shape of its page.`,
          );
        return smallPng(drawn.png);
      });
      made.push({ picture, png });
    }
    return made;
  } finally {
    await (await drawer?.catch(() => undefined))?.close();
  }
}

/** Chromium's PNG again at pngjs's strongest compression, without the alpha a white page never uses. */
function smallPng(png: Uint8Array): Uint8Array {
  const decoded = PNG.sync.read(Buffer.from(png));
  return new Uint8Array(
    PNG.sync.write(decoded, { colorType: 2, inputHasAlpha: true, deflateLevel: 9, filterType: -1 } as never),
  );
}

/**
 * Page `number` of a published PDF as a print-shop edition has it: alone, with the bleed, boxes and
 * crop marks `--print-shop` adds after the same render (finish-edition.ts), at its default bleed.
 */
async function asPrintShopPage(pdf: Uint8Array, number: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const single = await PDFDocument.create({ updateMetadata: false });
  const [page] = await single.copyPages(source, [number - 1]);
  single.addPage(page);
  const { width, height } = page!.getMediaBox();
  setPrintShopBoxes(single, { width, height }, Number(defaultEdition.bleed));
  return single.save();
}
