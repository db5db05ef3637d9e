/**
 * `npm run pictures`: copies the option pictures the last `npm run build` drew
 * (dist/workbook/pictures/) into docs/pictures/, where the README shows them (GitHub cannot show
 * a file of dist/), removes any picture there that no option has any more, and writes the README's
 * block of pictures from the list of options. The site test tests/site/option-pictures.test.ts
 * fails while the copies or the block differ from the build's.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { optionPictures, PICTURES_PATH, README_PICTURES_DIR } from '../../src/lib/option-pictures.ts';
import { readmePicturesBlock, withReadmeBlock } from './readme-pictures-block.ts';

const root = path.resolve(import.meta.dirname, '../..');
const built = path.join(root, 'dist', PICTURES_PATH);
const docs = path.join(root, README_PICTURES_DIR);

const names = optionPictures.map((picture) => `${picture.id}.png`);
const missing = names.filter((name) => !existsSync(path.join(built, name)));
if (missing.length > 0) {
  console.error(
    `dist${PICTURES_PATH} has no ${missing.join(', ')}: run \`npm run build\` first, then \`npm run pictures\`.`,
  );
  process.exit(1);
}
await mkdir(docs, { recursive: true });
for (const name of names) await copyFile(path.join(built, name), path.join(docs, name));
for (const name of await readdir(docs)) if (!names.includes(name)) await rm(path.join(docs, name), { force: true });
const readme = path.join(root, 'README.md');
// Formatted as `npm run format` would, so the next format changes nothing.
const written = withReadmeBlock(await readFile(readme, 'utf8'), readmePicturesBlock());
await writeFile(readme, await format(written, { ...(await resolveConfig(readme)), filepath: readme }));
console.log(`${names.length} pictures copied to ${README_PICTURES_DIR}, and README.md's block of them written`);
