import './zod-without-eval.ts';
import raw from '../../content/book.json' with { type: 'json' };
import { bookSchema, type Book } from '../schemas/book.ts';
import { parseOrThrow } from './friendly-error.ts';

/** The validated book metadata; a bad `content/book.json` stops the build here with one clear message. */
export const book: Book = parseOrThrow(bookSchema, raw, 'content/book.json');
