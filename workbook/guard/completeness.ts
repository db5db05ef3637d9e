import type { PrintManifest } from '../contracts/print-manifest.ts';

/**
 * Paged.js can drop the rest of a section, without an error, when a block is taller than a page.
 * This reads the PDF's text back and lists everything the print source should hold but the PDF
 * does not: chapter titles, each article sentence, each prompt, each exercise. Empty means whole.
 */
export function findMissingContent(manifest: PrintManifest, pages: readonly string[]): string[] {
  const haystack = squash(pages.join(' '));
  const missing: string[] = [];
  const expect = (label: string, text: string) => {
    if (!haystack.includes(squash(text))) missing.push(`${label}: “${shorten(text)}”`);
  };
  for (const chapter of manifest.chapters) {
    expect(`${chapter.id} → title`, chapter.title);
    chapter.articleText.flatMap(sentencesOf).forEach((sentence, index) => {
      expect(`${chapter.id} → article sentence ${index + 1}`, sentence);
    });
    for (const prompt of chapter.prompts) expect(`${chapter.id} → prompt ${prompt.id}`, prompt.text);
    for (const exercise of chapter.exercises) {
      expect(`${chapter.id} → exercise ${exercise.id} (title)`, exercise.title);
      exercise.blocks.forEach((block, index) => {
        expect(`${chapter.id} → exercise ${exercise.id}, part ${index + 1}`, block);
      });
    }
  }
  return missing;
}

/** Sentences of a paragraph: split after . ? ! followed by a space. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * Compares text as a reader sees it, not as a PDF stores it: without whitespace (line breaks
 * become spaces or nothing depending on the extractor) and with ligatures spelled out.
 */
function squash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[\u00ad]/g, '');
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/**
 * Text that must not be in the PDF: the article in a prompts-only handout, a chapter that was
 * left out. Checks each paragraph's first sentence, which is enough to tell it was printed.
 */
export function findUnexpectedContent(forbidden: readonly string[], pages: readonly string[]): string[] {
  const haystack = squash(pages.join(' '));
  return forbidden
    .map((paragraph) => sentencesOf(paragraph)[0] ?? paragraph)
    .filter((sentence) => haystack.includes(squash(sentence)))
    .map((sentence) => `“${shorten(sentence)}”`);
}

/** Text that must be in the PDF somewhere, such as the practice's name; returns what is absent. */
export function findMissingText(required: readonly string[], pages: readonly string[]): string[] {
  const haystack = squash(pages.join(' '));
  return required.filter((text) => !haystack.includes(squash(text))).map((text) => `“${shorten(text)}”`);
}
