import { z } from 'astro/zod';
import { describeIssue } from '../lib/friendly-error.ts';

const error = describeIssue;

/**
 * Frontmatter of one reader's page of questions, `content/readers/<reader id>.mdx` (or
 * `together.mdx` for the questions for both): its body is the page's opening, in our words.
 */
export const readerPageSchema = z.strictObject(
  {
    /** The page's meta description: who its questions are for and how to answer them, at most 200 characters. */
    description: z.string({ error }).trim().min(1, { error }).max(200, { error }),
  },
  { error },
);
