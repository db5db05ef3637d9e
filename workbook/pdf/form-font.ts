import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFName, PDFString, type PDFDocument, type PDFFont } from 'pdf-lib';
import { woffToSfnt } from '../fonts/woff-to-sfnt.ts';

/**
 * The face typed text is set in: the book's Literata, regular. Fontsource ships it only in
 * unicode-range slices; the Latin slice (Basic Latin, Latin-1, general punctuation, €) is the one
 * a form field can name, since a field's `/DA` names a single font. It is the WOFF 1.0 file
 * because a PDF embeds the sfnt inside, and WOFF 1.0 unwraps with zlib alone.
 */
const FACE = '@fontsource/literata/files/literata-latin-400-normal.woff';

/** The font's resource name in `/DR` and every field's `/DA`; fixed, so output stays deterministic. */
export const FORM_FONT_NAME = 'Literata-Regular';

let program: Uint8Array | undefined;

function fontProgram(): Uint8Array {
  program ??= woffToSfnt(readFileSync(createRequire(import.meta.url).resolve(FACE)));
  return program;
}

/**
 * Embeds the form's font whole, not subset: a reader may type any character the face has, long
 * after this PDF was made, and a viewer can only draw it if the glyph is in the file (pdf-lib
 * then also writes widths and a ToUnicode map for every glyph). Registers it in the AcroForm's
 * default resources (`/DR`), where viewers look up the font a field's `/DA` names when they
 * redraw a field as it is typed into.
 */
export async function embedFormFont(doc: PDFDocument): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  // No ligatures: a viewer redrawing the field maps typed characters to glyphs one by one, and
  // pdf-lib's ligature glyphs came out misplaced; an appearance that matches typing is simpler.
  const font = await doc.embedFont(fontProgram(), {
    subset: false,
    customName: FORM_FONT_NAME,
    features: { liga: false, clig: false, calt: false },
  });
  const acroForm = doc.getForm().acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(`/${font.name} 0 Tf 0 g`));
  return font;
}
