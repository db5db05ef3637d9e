import { z } from 'astro/zod';

/** Book-level metadata in `content/book.json`, shared by the guide and the workbook. */
export const bookSchema = z
  .object({
    /** The book's title, as on the cover and in every page title. */
    title: z.string().trim().min(1),
    /** A short line under the title. */
    subtitle: z.string().trim().min(1),
    /** Who wrote what: the article and our additions. */
    credit: z.string().trim().min(1),
    /** BCP 47 language tag of the text, e.g. "en"; sets `lang` in HTML and `/Lang` in the PDFs. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    /** Licence and photocopy permission for our additions. */
    licence: z.string().trim().min(1),
    /** One sentence for the home page's meta description (at most 200 characters). */
    description: z.string().trim().min(1).max(200),
    /** The public address of the site, used for canonical URLs, the sitemap and print footers. */
    siteUrl: z.url({ protocol: /^https?$/ }),
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
     * Where the quick-exit link on every page leads: a neutral, everyday site that is safe to be
     * seen on the screen.
     */
    exitUrl: z.url({ protocol: /^https$/ }),
  })
  .strict();

export type Book = z.infer<typeof bookSchema>;
