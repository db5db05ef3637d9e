import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  optionPictures,
  pictureSize,
  PICTURES_PATH,
  README_PICTURES_DIR,
  type OptionPicture,
  type PictureShape,
} from '../../src/lib/option-pictures.ts';
import { siteAddress } from '../../src/lib/site.ts';
import { paperSizes } from '../../workbook/page/paper-sizes.ts';
import { printShopBoxes } from '../../workbook/pdf/set-print-shop-boxes.ts';
import { distDir, readPage, requireDist, text } from '../support/built-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const builtPicture = (id: string) => path.join(distDir, PICTURES_PATH, `${id}.png`);
const readPng = (file: string) => PNG.sync.read(readFileSync(file));

/** Each shape's height ÷ width, from the print geometry itself rather than the site's table. */
function aspectOf(shape: PictureShape): number {
  const points = (paper: 'letter' | 'a4') => ({
    width: (paperSizes[paper].widthMm / 25.4) * 72,
    height: (paperSizes[paper].heightMm / 25.4) * 72,
  });
  if (shape === 'letter' || shape === 'a4') return points(shape).height / points(shape).width;
  if (shape === 'letter-sheet') return points('letter').width / points('letter').height;
  const [x0, y0, x1, y1] = printShopBoxes(points('letter'), 3).media;
  return (y1 - y0) / (x1 - x0);
}

/** Share of the pixels in a box that are not near-white: ink on the page. */
function inkShare(png: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y += 1)
    for (let x = box.x; x < box.x + box.width; x += 1) {
      const at = (y * png.width + x) * 4;
      if (Math.min(png.data[at]!, png.data[at + 1]!, png.data[at + 2]!) < 160) ink += 1;
    }
  return ink / (box.width * box.height);
}

/** Pixels close to the placeholder logo's green (#2f6b4f). */
function greenPixels(png: PNG): number {
  let count = 0;
  for (let at = 0; at < png.data.length; at += 4) {
    const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
    if (Math.abs(r - 0x2f) < 24 && Math.abs(g - 0x6b) < 24 && Math.abs(b - 0x4f) < 24) count += 1;
  }
  return count;
}

describe('a picture of each edition option', () => {
  beforeAll(requireDist);

  it('/counselors/ shows every option with its picture: alt text, size, lazy loading and a caption naming the setting', () => {
    const page = readPage('/counselors/');
    const images = [...page.querySelectorAll('.option-pictures img')];
    expect(images).toHaveLength(optionPictures.length);
    for (const option of optionPictures) {
      const item = page.querySelector(`#option-${option.id}`);
      const image = item?.querySelector('img');
      expect(image, option.id).toBeTruthy();
      const { width, height } = pictureSize(option.shape);
      expect(image!.getAttribute('src')).toBe(`${siteAddress.base.replace(/\/$/, '')}${PICTURES_PATH}${option.id}.png`);
      expect([image!.getAttribute('width'), image!.getAttribute('height')]).toEqual([`${width}`, `${height}`]);
      expect(image!.getAttribute('loading')).toBe('lazy');
      const alt = image!.getAttribute('alt') ?? '';
      expect(alt, option.id).toBe(option.alt);
      expect(alt.length, option.id).toBeGreaterThan(30);
      expect(alt, option.id).not.toMatch(/screenshot|image of|picture of/i);
      const caption = text(item!.querySelector('figcaption'));
      expect(caption).toContain(option.option);
      expect(caption).toContain(option.cli);
      expect(caption).toContain(option.studio);
    }
  });

  it('each picture is a PNG in dist/ of its page’s shape, at the size the page reserves for it', () => {
    for (const option of optionPictures) {
      const file = builtPicture(option.id);
      expect(existsSync(file), file).toBe(true);
      const png = readPng(file);
      const { width, height } = pictureSize(option.shape);
      expect([png.width, png.height], option.id).toEqual([width, height]);
      expect(Math.abs(png.height - png.width * aspectOf(option.shape)), option.id).toBeLessThanOrEqual(1);
      // Not a blank page: something is printed on it.
      expect(inkShare(png, { x: 0, y: 0, width: png.width, height: png.height }), option.id).toBeGreaterThan(0.002);
    }
  });

  it('each picture shows its option: crop marks, two pages to a sheet, the logo', () => {
    const cover = readPng(builtPicture('workbook'));
    const printShop = readPng(builtPicture('print-shop'));
    // The crop marks lie in the margin beyond the bleed, at each corner; a home edition's corners are blank.
    const slug = Math.round((printShop.width * 12) / (215.9 + 24));
    const corners = (png: PNG, size: number) =>
      [
        [0, 0],
        [png.width - size, 0],
        [0, png.height - size],
        [png.width - size, png.height - size],
      ].map(([x, y]) => inkShare(png, { x: x!, y: y!, width: size, height: size }));
    for (const share of corners(printShop, slug)) expect(share).toBeGreaterThan(0.01);
    for (const share of corners(cover, slug)) expect(share).toBe(0);

    // A booklet sheet: landscape, a page printed on each half.
    const booklet = readPng(builtPicture('booklet'));
    expect(booklet.width).toBeGreaterThan(booklet.height);
    const half = booklet.width / 2;
    expect(inkShare(booklet, { x: 0, y: 0, width: half - 2, height: booklet.height })).toBeGreaterThan(0.002);
    expect(inkShare(booklet, { x: half + 2, y: 0, width: half - 2, height: booklet.height })).toBeGreaterThan(0.002);

    // The placeholder logo's green is on the practice's cover and nowhere on the plain one.
    expect(greenPixels(readPng(builtPicture('practice-logo')))).toBeGreaterThan(100);
    expect(greenPixels(cover)).toBe(0);

    // Options that change a page's words show a page other than the plain cover.
    for (const id of ['personal-copy', 'discreet', 'fillable', 'chosen-chapters', 'prompts-only', 'counselor-page']) {
      const png = readPng(builtPicture(id));
      if (png.height !== cover.height) continue;
      const different = pixelmatch(png.data, cover.data, undefined, png.width, png.height, { threshold: 0.1 });
      expect(different, id).toBeGreaterThan(100);
    }
  });

  it('the README shows each option’s picture from docs/pictures/, the same as the build’s (`npm run pictures`)', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const option of optionPictures) {
      const tag = new RegExp(`<img src="${README_PICTURES_DIR}${option.id}\\.png"[^>]*alt="([^"]+)"`).exec(readme);
      expect(tag, `README has no picture of ${option.id}`).toBeTruthy();
      expect(tag![1]!.length).toBeGreaterThan(5);
      const committed = path.join(root, README_PICTURES_DIR, `${option.id}.png`);
      expect(existsSync(committed), committed).toBe(true);
      const built = readPng(builtPicture(option.id));
      expect(differentPixels(readPng(committed), built), staleMessage(option)).toBeLessThanOrEqual(
        STALE_SHARE * built.width * built.height,
      );
    }
  });
});

/**
 * Share of a picture's pixels that may differ from the build's before the README's copy is stale.
 * Two builds of the same book differ by a few antialiased pixels (3 of 132,480 seen); the short
 * line “Copy A” on a cover is about 90 pixels, so any changed word shows above 0.02 % (26).
 */
const STALE_SHARE = 0.0002;

function differentPixels(a: PNG, b: PNG): number {
  if (a.width !== b.width || a.height !== b.height) return a.width * a.height;
  return pixelmatch(a.data, b.data, undefined, a.width, a.height, { threshold: 0.1 });
}

function staleMessage(option: OptionPicture): string {
  return `${README_PICTURES_DIR}${option.id}.png is not the picture the build drew: run \`npm run pictures\` and commit it`;
}
