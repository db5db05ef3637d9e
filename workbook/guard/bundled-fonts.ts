import { fontStack } from '../fonts/bundled-faces.ts';

/**
 * The fonts a PDF embeds that are not the workbook's own: empty means every glyph was set in a
 * bundled face. Anything else is a font Chromium found on the machine for a character the
 * bundled faces lack, which would make the PDF depend on the machine it was made on.
 */
export function findForeignFonts(pdf: Uint8Array, families: readonly string[] = fontStack()): string[] {
  return embeddedFontNames(pdf).filter((name) => !isBundled(name, families));
}

/**
 * Every /BaseFont a PDF names (what `pdffonts` lists), without the subset tag. Chromium's PDFs and
 * our post-processed ones have no object streams, so font dictionaries are plain text.
 */
export function embeddedFontNames(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const names = [...text.matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map(([, name = '']) =>
    name.replace(/^[A-Z]{6}\+/, ''),
  );
  return [...new Set(names)].sort();
}

/** A PostScript name is the family's without spaces ("Noto Serif SC" → "NotoSerifSCExtraLight-SemiBold"). */
function isBundled(name: string, families: readonly string[]): boolean {
  const family = name.split('-')[0] ?? name;
  return families.some((bundled) => {
    const compact = bundled.replace(/\s+/g, '');
    return family === compact || (family.startsWith(compact) && /^[A-Z]/.test(family.slice(compact.length)));
  });
}
