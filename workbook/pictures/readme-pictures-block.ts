import { optionPictures, README_PICTURES_DIR, type OptionPicture } from '../../src/lib/option-pictures.ts';

/** The README's lines between these markers are written by `npm run pictures`, never by hand. */
export const README_BLOCK_START = '<!-- option pictures: written by `npm run pictures` -->';
export const README_BLOCK_END = '<!-- /option pictures -->';

/** Pictures to a row: a README column stays wide enough to see a cover. */
const PER_ROW = 6;
/** Pixels: about a third of the site's pictures, six to a row in GitHub's column. */
const README_WIDTH = 120;

/**
 * The README's block of option pictures: one table of a few pictures a row (no lead line: the
 * README is at its line limit), each
 * under its option and its command-line option, each picture the committed copy in
 * docs/pictures/ (GitHub cannot show dist/) with the site's alt text.
 */
export function readmePicturesBlock(pictures: readonly OptionPicture[] = optionPictures): string {
  const caption = (picture: OptionPicture) => `${picture.option}: \`${picture.cli.split(/[ ,]/)[0]}\``;
  const image = (picture: OptionPicture) =>
    `<img src="${README_PICTURES_DIR}${picture.id}.png" width="${README_WIDTH}" alt="${escapeAttribute(picture.alt)}">`;
  // One table, so it costs the README few lines: a row of captions above each row of pictures.
  const rows: string[] = [];
  for (let start = 0; start < pictures.length; start += PER_ROW) {
    const row = pictures.slice(start, start + PER_ROW);
    const cells = (texts: string[]) =>
      `| ${[...texts, ...Array<string>(PER_ROW - texts.length).fill(' ')].join(' | ')} |`;
    rows.push(cells(row.map(caption)));
    if (start === 0) rows.push(cells(row.map(() => ':-:')));
    rows.push(cells(row.map(image)));
  }
  return [README_BLOCK_START, '', ...rows, '', README_BLOCK_END].join('\n');
}

/** `readme` with its block of option pictures replaced by `block`; an error if the markers are missing. */
export function withReadmeBlock(readme: string, block: string): string {
  const start = readme.indexOf(README_BLOCK_START);
  const end = readme.indexOf(README_BLOCK_END);
  if (start < 0 || end < start)
    throw new Error(
      `README.md: no block of option pictures; put the lines ${README_BLOCK_START} and ${README_BLOCK_END} where it goes.`,
    );
  return `${readme.slice(0, start)}${block}${readme.slice(end + README_BLOCK_END.length)}`;
}

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
