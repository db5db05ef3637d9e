import { z } from 'astro/zod';
import type { EditionContext } from './edition-field-kinds.ts';
import { editionFields, type EditionFields } from './edition-fields.ts';

type EditionShape = { [Name in keyof EditionFields]: ReturnType<EditionFields[Name]['schema']> };

function shapeFor(context: EditionContext): EditionShape {
  return Object.fromEntries(
    Object.entries(editionFields).map(([name, field]) => [name, field.schema(context)]),
  ) as EditionShape;
}

/**
 * One counselor edition of the workbook, the same for the command line, the studio and the
 * build's prebuilt downloads, derived from the table in edition-fields.ts. Which chapters exist is
 * a fact of the book, so the schema is made for a book: the print manifest gives the CLI and the
 * build its chapters, the studio's page is built with them. Names are text: the print page only
 * ever sets them with textContent.
 */
export function editionSchemaFor(context: EditionContext) {
  return z
    .object(shapeFor(context))
    .strict()
    .superRefine((edition, issues) => {
      if (edition.fillable && edition.booklet)
        issues.addIssue({ code: 'custom', path: ['fillable'], message: fillableBookletConflict, input: true });
      if (edition.fillable && edition.printShop)
        issues.addIssue({ code: 'custom', path: ['fillable'], message: fillablePrintShopConflict, input: true });
    });
}

/**
 * Why a booklet cannot be fillable, and what to do instead. Its pages are imposed two to a sheet
 * side, out of reading order, for printing and folding: a box to type into there would be on the
 * wrong sheet for a reader on a screen.
 */
export const fillableBookletConflict =
  'a booklet cannot be fillable: its pages are imposed two to a sheet for printing and folding. Print the booklet, or make a fillable edition without the booklet';

/** Why a print-shop PDF cannot be fillable: a press prints what is on the page, never a form's boxes. */
export const fillablePrintShopConflict =
  'a print-shop PDF cannot be fillable: a press prints the page, not the boxes typed into. Make the print-shop edition without fillable, and a fillable one on its own';

export type EditionSchema = ReturnType<typeof editionSchemaFor>;
/** A validated edition: what the print page's runtime applies. */
export type EditionOptions = z.output<EditionSchema>;

/** The edition with every default: the whole book. No default depends on the book's chapters. */
export const defaultEdition: EditionOptions = editionSchemaFor({ chapterCount: 1 }).parse({});
