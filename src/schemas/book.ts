import { z } from 'astro/zod';

/** Ids the code keeps for itself: "both" (a prompt for every reader), "couple" (the shared book), "together" (its page). */
const reservedReaderIds = ['both', 'couple', 'together'];

/** One reader the book is written for: their prompts, their page of questions, their own copy. */
export const readerRoleSchema = z
  .object({
    /** In `for="…"` on prompts, in addresses (/reflections/<id>/) and in file names: lower case, e.g. "hurt". */
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, { error: 'use lower-case letters, digits and hyphens, e.g. "parent"' })
      .refine((id) => !reservedReaderIds.includes(id), {
        error: `"both", "couple" and "together" are kept for the code; choose another id`,
      }),
    /** How every page names them mid-sentence, e.g. "the partner who was hurt"; capitalised where a label starts. */
    name: z.string().trim().min(1).max(60),
  })
  .strict();

export type ReaderRole = z.infer<typeof readerRoleSchema>;

/** Book-level metadata in `content/book.json`, shared by the guide and the workbook. */
export const bookSchema = z
  .object({
    /** The book's title, as on the cover and in every page title. */
    title: z.string().trim().min(1),
    /** The title in short, where the full one is too long: a download's link, the PDF's creator. */
    shortTitle: z.string().trim().min(1).max(40),
    /** A short line under the title. */
    subtitle: z.string().trim().min(1),
    /** What the printed book is, above its title on the cover, e.g. "A workbook for couples". */
    coverLine: z.string().trim().min(1).max(60),
    /**
     * The book's name in file names and keys (its PDFs, its EPUB, the studio's storage on a device):
     * lower case and hyphens, e.g. "rebuilding-trust".
     */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and hyphens' }),
    /**
     * Who the book is written for, one or two readers, in the order every page lists them. Each
     * has prompts of their own and a personal copy; a prompt for "both" is for every reader.
     */
    readers: z
      .array(readerRoleSchema)
      .min(1)
      .max(2)
      .refine((readers) => new Set(readers.map((reader) => reader.id)).size === readers.length, {
        error: 'each reader needs an id of their own',
      }),
    /** The readers who sign an agreement, in the order their lines print: ids from `readers`. */
    signers: z.array(z.string()).min(1),
    /** Who wrote what: the article and our additions. */
    credit: z.string().trim().min(1),
    /** BCP 47 language tag of the text, e.g. "en"; sets `lang` in HTML and `/Lang` in the PDFs. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    /** Licence and photocopy permission for our additions. */
    licence: z.string().trim().min(1),
    /** One sentence for the home page's meta description (at most 200 characters). */
    description: z.string().trim().min(1).max(200),
    /**
     * The public address of the site (SITE_URL overrides it), for canonical URLs, the sitemap and
     * the addresses printed in the workbook. Optional here only because the copy of this file
     * bundled into a page's scripts leaves it out (src/integrations/address-stays-on-server.ts);
     * the build needs it or SITE_URL.
     */
    siteUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** The PDF's author field. */
    author: z.string().trim().min(1),
    /** The PDF's keywords. */
    keywords: z.array(z.string().trim().min(1)).min(1),
    /**
     * The title a discreet edition prints on its cover, back page, running heads and PDF metadata,
     * in place of the real one: it must not name what the book is about.
     */
    discreetTitle: z.string().trim().min(1).max(60),
    /**
     * Words that give away what the book is about: a discreet edition refuses to print any of them
     * outside (cover, back page, running heads, PDF details). Lower case; a word also matches its
     * longer forms ("cheat" matches "cheated").
     */
    revealingWords: z.array(z.string().regex(/^[a-z]+$/, { error: 'one lower-case word' })).min(1),
    /**
     * The title of the table exercise the printed book reprints as a page to photocopy, after the
     * chapters (a weekly check-in); leave it out for no such page.
     */
    checkInExercise: z.string().trim().min(1).optional(),
    /**
     * Where the quick-exit link on every page leads: a neutral, everyday site that is safe to be
     * seen on the screen.
     */
    exitUrl: z.url({ protocol: /^https$/ }),
  })
  .strict()
  .superRefine((book, ctx) => {
    const ids = book.readers.map((reader) => reader.id);
    book.signers.forEach((signer, index) => {
      if (!ids.includes(signer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['signers', index],
          message: `received "${signer}"; allowed: ${ids.map((id) => `"${id}"`).join(', ')} (the readers' ids).`,
        });
      }
    });
  });

export type Book = z.infer<typeof bookSchema>;
