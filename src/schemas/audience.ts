import { z } from 'astro/zod';
import { audiences } from '../lib/readers.ts';

/** Who a prompt or exercise is for: one of the book's readers (content/book.json), or "both". */
export const audienceSchema = z.enum(audiences);

export type Audience = z.infer<typeof audienceSchema>;
