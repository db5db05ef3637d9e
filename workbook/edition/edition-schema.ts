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
      if (edition.logo && !edition.logoAlt)
        issues.addIssue({ code: 'custom', path: ['logoAlt'], message: logoWithoutAlt, input: '' });
      if (edition.fillable && edition.booklet)
        issues.addIssue({ code: 'custom', path: ['fillable'], message: fillableBookletConflict, input: true });
      if (edition.largePrint && edition.booklet)
        issues.addIssue({ code: 'custom', path: ['largePrint'], message: largePrintBookletConflict, input: true });
      if (edition.fillable && edition.printShop)
        issues.addIssue({ code: 'custom', path: ['fillable'], message: fillablePrintShopConflict, input: true });
      if (edition.set && edition.fillable)
        issues.addIssue({ code: 'custom', path: ['set'], message: setConflicts.fillable, input: true });
      if (edition.set && edition.booklet)
        issues.addIssue({ code: 'custom', path: ['set'], message: setConflicts.booklet, input: true });
      if (edition.set && edition.for !== 'couple')
        issues.addIssue({ code: 'custom', path: ['set'], message: setConflicts.for, input: true });
    });
}

/** A logo is printed for every reader, so a reader who listens to the file is told what it shows. */
export const logoWithoutAlt =
  'is needed with a logo: a few words saying what it shows, for clients who listen to the file with a screen reader';

/**
 * Why a booklet cannot be fillable, and what to do instead. Its pages are imposed two to a sheet
 * side, out of reading order, for printing and folding: a box to type into there would be on the
 * wrong sheet for a reader on a screen.
 */
export const fillableBookletConflict =
  'a booklet cannot be fillable: its pages are imposed two to a sheet for printing and folding. Print the booklet, or make a fillable edition without the booklet';

/**
 * Why large print is not a booklet: at 18 pt a half-size page holds a few lines a side, a prompt
 * and its writing space no longer share a page, and a reader with low vision wants the larger page.
 */
export const largePrintBookletConflict =
  'large print cannot be a booklet: a half-size page holds only a few lines at 18 points. Print large print on full-size pages, or make the booklet in standard print';

/** Why a print-shop PDF cannot be fillable: a press prints what is on the page, never a form's boxes. */
export const fillablePrintShopConflict =
  'a print-shop PDF cannot be fillable: a press prints the page, not the boxes typed into. Make the print-shop edition without fillable, and a fillable one on its own';
/**
 * What a set cannot be, and what to do instead. Not fillable: one typed file would hold both
 * partners' private answers. Not a booklet: the set's books open on fresh sheets, a booklet
 * imposes pages out of order. Not one reader's: the set is both copies and the shared book.
 */
export const setConflicts = {
  fillable:
    'the set cannot be fillable: one typed file would hold both partners’ private answers. Print the set, or make each personal copy fillable on its own',
  booklet:
    'the set cannot be a booklet: each of its books starts on a fresh sheet. Print the set, or make a booklet of one book',
  for: 'the set already holds the shared book and both personal copies: keep whose copy at the shared book, or make one personal copy without the set',
};

export type EditionSchema = ReturnType<typeof editionSchemaFor>;
/** A validated edition: what the print page's runtime applies. */
export type EditionOptions = z.output<EditionSchema>;

/**
 * The edition with every default: the whole book. No default depends on the book's chapters.
 * Pure: a script that never reads it (the studio's) does not build a second schema to make it.
 */
export const defaultEdition: EditionOptions = /* @__PURE__ */ editionSchemaFor({ chapterCount: 1 }).parse({});
