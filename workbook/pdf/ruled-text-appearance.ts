import {
  TextAlignment,
  beginMarkedContent,
  beginText,
  clip,
  endMarkedContent,
  endPath,
  endText,
  layoutMultilineText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type AppearanceProviderFor,
  type PDFFont,
  type PDFTextField,
} from 'pdf-lib';

/** Room between the field's sides and the text, in points. */
const SIDE_PADDING = 2;

/**
 * The type size for ruled space with rules `pitch` points apart: half the pitch (12 pt on the
 * default 8.5 mm ruling), never under 8 pt (small print is hard to reread) nor over 12 pt (the
 * size of a book's text, whatever the ruling), unless `minSize` asks for more (large print's 18 pt).
 */
export function ruledTypeSize(pitch: number, minSize = 8): number {
  return Math.round(Math.max(minSize, Math.min(12, Math.max(8, pitch / 2))) * 4) / 4;
}

/**
 * Draws a multi-line field's text one line per rule. pdf-lib's own multi-line layout sets the
 * leading to 1.2 × the font's height (ascent − descent: 1.49 em for Literata), which drifts off
 * a ruling after a line or two; the AcroForm model has no key for a plain text field's leading
 * either, so this appearance is where typed lines can be put on the rules: pdf-lib still wraps
 * the words, and each line's baseline is set just above its rule, high enough that descenders
 * clear it. The rules are counted down from the field's top edge, the top of its first ruled band
 * (a label above the lines is measured out of the box), one pitch per rule: the bottom edge is not
 * always a rule, since a block split between pages is cut at the page's area.
 *
 * This is the appearance every viewer shows until the text is edited. A viewer that redraws the
 * field while a reader types (Acrobat, Preview, pdf.js) uses its own leading, about 1.15–1.35 ×
 * the size; at half the pitch, its lines stay inside the ruled space, one or two per rule, and
 * the next save in a viewer that keeps appearances (pdf-lib, pdf.js) keeps what it drew.
 */
export function ruledTextAppearance(pitch: number, size = ruledTypeSize(pitch)): AppearanceProviderFor<PDFTextField> {
  return (field, widget, font) => {
    const { width, height } = widget.getRectangle();
    const lift = descent(font, size) + 1;
    const layout = layoutMultilineText(field.getText() ?? '', {
      alignment: TextAlignment.Left,
      fontSize: size,
      font,
      bounds: { x: SIDE_PADDING, y: 0, width: width - 2 * SIDE_PADDING, height },
    });
    return [
      beginMarkedContent('Tx'),
      pushGraphicsState(),
      rectangle(0, 0, width, height),
      clip(),
      endPath(),
      beginText(),
      setFillingGrayscaleColor(0),
      setFontAndSize(font.name, size),
      ...layout.lines.flatMap((line, index) => [
        setTextMatrix(1, 0, 0, 1, line.x, height - (index + 1) * pitch + lift),
        showText(line.encoded),
      ]),
      endText(),
      popGraphicsState(),
      endMarkedContent(),
    ];
  };
}

/** How far below the baseline the font's descenders reach at `size`, in points. */
function descent(font: PDFFont, size: number): number {
  return font.heightAtSize(size) - font.heightAtSize(size, { descender: false });
}
