/**
 * `npm run fonts:coverage`: writes printable-ranges.ts, the characters the workbook's bundled fonts
 * can print, from the installed font packages. Run it after changing workbook/print/styles/fonts.css or
 * updating a font package; a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printableRangesModule } from './printable-ranges-module.ts';

const file = path.join(import.meta.dirname, 'printable-ranges.ts');
writeFileSync(file, printableRangesModule());
console.log(`${path.relative(process.cwd(), file)} written`);
