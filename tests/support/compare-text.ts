/**
 * Text as a reader sees it, not as a PDF stores it: without whitespace (line breaks become
 * spaces or nothing depending on the extractor), soft hyphens, or ligatures (NFKC spells them
 * out). How the completeness guard (workbook/guard/completeness.ts) compares text too.
 */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\u00ad/g, '');
}
