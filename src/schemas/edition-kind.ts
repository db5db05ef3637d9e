import { z } from 'astro/zod';

/**
 * What kind of download an edition is: the book with writing space, the prompts alone, the folded
 * booklet, the book in large print, one reader's own copy, the set (the shared book and both copies in one print), or any
 * other edition (the CLI's). The site groups its downloads
 * by kind; the workbook's standard editions are one of each (workbook/edition/standard-editions.ts).
 */
export const editionKinds = ['set', 'workbook', 'handout', 'booklet', 'large-print', 'personal', 'custom'] as const;

export const editionKindSchema = z.enum(editionKinds);

export type EditionKind = z.infer<typeof editionKindSchema>;
