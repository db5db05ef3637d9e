import type { EditionOptions } from '../../edition/edition-schema.ts';
import { sessionOnlyLine } from '../session-only.ts';

/**
 * What a practice fills in once for its clients, set into the page as text: its local numbers on
 * the Support page in place of the lines left to write them on (never an empty line beside them),
 * its rule for a crisis between sessions and its policy on what is said in an individual session
 * (each removed when not given), and a line on the opener of each chapter kept for sessions.
 */
export function applyCounselorPage(document: Document, edition: EditionOptions): void {
  setLocalNumbers(document, edition.localNumbers);
  setParagraph(document, 'crisis-rule', edition.crisisRule);
  setParagraph(document, 'secrets-policy', edition.secretsPolicy);
  markSessionChapters(document, edition.sessionChapters);
}

function setLocalNumbers(document: Document, numbers: EditionOptions['localNumbers']): void {
  const list = document.querySelector('[data-edition="local-numbers"]');
  if (numbers.length === 0) {
    list?.remove();
    return;
  }
  document.querySelector('[data-edition="local-numbers-lines"]')?.remove();
  list?.replaceChildren(
    ...numbers.flatMap(({ label, value }) => {
      const term = document.createElement('dt');
      term.dir = 'auto';
      term.textContent = label;
      const number = document.createElement('dd');
      number.dir = 'auto';
      number.textContent = value;
      return [term, number];
    }),
  );
}

function setParagraph(document: Document, name: string, text: string): void {
  const block = document.querySelector(`[data-edition="${name}"]`);
  if (text === '') block?.remove();
  else {
    const paragraph = block?.querySelector(`[data-edition="${name}-text"]`);
    if (paragraph) paragraph.textContent = text;
  }
}

function markSessionChapters(document: Document, chapters: readonly number[]): void {
  for (const number of chapters) {
    const opener = document.querySelector(`.print-chapter[data-number="${number}"] .print-chapter__opener`);
    if (!opener) continue;
    const line = document.createElement('p');
    line.className = 'print-chapter__session';
    line.textContent = sessionOnlyLine;
    opener.querySelector('h1')?.after(line);
  }
}
