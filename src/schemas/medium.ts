import { z } from 'astro/zod';

/**
 * The media the book is published in: the website (every HTML page, /book/ included), the
 * printed workbook (every PDF) and the EPUB. A sentence that is true in only some of them is
 * marked with the ones it is true in (`<Only in="web print">` in MDX, `in:` in a safety section's
 * frontmatter) and published only there.
 */
export const media = ['web', 'print', 'epub'] as const;

export type Medium = (typeof media)[number];

const allowed = media.map((medium) => `"${medium}"`).join(', ');
const fix = `use one or more of ${allowed}, separated by spaces`;

function isMedium(word: string): word is Medium {
  return (media as readonly string[]).includes(word);
}

/**
 * `in="web print"`: the media a passage is published in, as a list. Each word must be a medium,
 * named once; a mark naming every medium marks nothing, so it is refused as a likely mistake.
 */
export const mediaListSchema = z.string().transform((value, ctx): Medium[] => {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const fail = (message: string) => {
    ctx.addIssue({ code: 'custom', message, input: value });
    return z.NEVER;
  };
  if (words.length === 0) return fail(`is empty; ${fix}`);
  const unknown = words.find((word) => !isMedium(word));
  if (unknown !== undefined) return fail(`"${unknown}" is not a medium; ${fix}`);
  const list = words.filter(isMedium);
  const repeated = list.find((word, index) => list.indexOf(word) !== index);
  if (repeated !== undefined) return fail(`"${repeated}" is named twice; name each medium once`);
  if (list.length === media.length) return fail(`names every medium, so it marks nothing; remove the mark`);
  return media.filter((medium) => list.includes(medium));
});

/** Props of `<Only>`: the media its passage is true in. */
export const onlyPropsSchema = z.strictObject({ in: mediaListSchema });

export type OnlyProps = z.input<typeof onlyPropsSchema>;
