import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFName, PDFString, type PDFDocument, type PDFFont } from 'pdf-lib';
import type { FontSetting } from '../fonts/bundled-faces.ts';
import { woffToSfnt } from '../fonts/woff-to-sfnt.ts';

/**
 * The face typed text is set in: the edition's own, regular (Literata, or Atkinson Hyperlegible
 * Next in large print). Fontsource ships them only in unicode-range slices; the Latin slice (Basic
 * Latin, Latin-1, general punctuation, €) is the one a form field can name, since a field's `/DA`
 * names a single font. It is the WOFF 1.0 file because a PDF embeds the sfnt inside, and WOFF 1.0
 * unwraps with zlib alone. `name` is the font's resource name in `/DR` and every field's `/DA`;
 * fixed, so output stays deterministic.
 */
const FACES = {
  book: { file: '@fontsource/literata/files/literata-latin-400-normal.woff', name: 'Literata-Regular' },
  largePrint: {
    file: '@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-400-normal.woff',
    name: 'AtkinsonHyperlegibleNext-Regular',
  },
} as const satisfies Record<FontSetting, { file: string; name: string }>;

const programs = new Map<FontSetting, Uint8Array>();

function fontProgram(setting: FontSetting): Uint8Array {
  let program = programs.get(setting);
  if (!program) {
    program = woffToSfnt(readFileSync(createRequire(import.meta.url).resolve(FACES[setting].file)));
    programs.set(setting, program);
  }
  return program;
}

/**
 * Embeds the form's font whole, not subset: a reader may type any character the face has, long
 * after this PDF was made, and a viewer can only draw it if the glyph is in the file (pdf-lib
 * then also writes widths and a ToUnicode map for every glyph). Registers it in the AcroForm's
 * default resources (`/DR`), where viewers look up the font a field's `/DA` names when they
 * redraw a field as it is typed into.
 */
export async function embedFormFont(doc: PDFDocument, setting: FontSetting = 'book'): Promise<PDFFont> {
  // Loaded here, for fillable editions only: 110 ms an edition without fields need not spend.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  // No ligatures: a viewer redrawing the field maps typed characters to glyphs one by one, and
  // pdf-lib's ligature glyphs came out misplaced; an appearance that matches typing is simpler.
  const font = await doc.embedFont(fontProgram(setting), {
    subset: false,
    customName: FACES[setting].name,
    features: { liga: false, clig: false, calt: false },
  });
  const acroForm = doc.getForm().acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [font.name]: font.ref } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(`/${font.name} 0 Tf 0 g`));
  return font;
}
