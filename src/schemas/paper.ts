import { z } from 'astro/zod';

/**
 * The paper sizes the book is published for: the one list the site's download pages, the edition
 * settings and the print geometry (workbook/page/paper-sizes.ts) all key by.
 */
export const paperIds = ['letter', 'a4'] as const;

export const paperIdSchema = z.enum(paperIds);

export type PaperId = z.infer<typeof paperIdSchema>;

/** Each paper's name as a reader knows it. */
export const paperLabels = { letter: 'US Letter', a4: 'A4' } as const satisfies Record<PaperId, string>;
