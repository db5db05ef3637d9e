import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ReferenceSection {
  /** The section's heading; undefined for the untitled introduction. */
  heading: string | undefined;
  paragraph: string;
}

/**
 * The article exactly as it was handed to us (tests/fixtures/), in its sections: a blank first
 * line, the untitled introduction, then heading/paragraph pairs. The stray "DatingSharing" is not
 * part of the text (see the source's README), so it is dropped here as it is in the book.
 */
export function referenceArticle(): ReferenceSection[] {
  const text = readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/rebuilding-trust-after-infidelity.txt'),
    'utf8',
  );
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [introduction, ...rest] = lines;
  if (!introduction || rest.length % 2 !== 0) throw new Error('unexpected shape of the reference article');
  const sections: ReferenceSection[] = [
    { heading: undefined, paragraph: normalise(introduction.replace(' DatingSharing', '')) },
  ];
  for (let index = 0; index < rest.length; index += 2) {
    sections.push({ heading: rest[index], paragraph: normalise(rest[index + 1] ?? '') });
  }
  return sections;
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
