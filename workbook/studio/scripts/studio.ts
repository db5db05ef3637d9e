/**
 * The print studio's script (/workbook/studio/): reveals the studio, fills the form from the
 * address, and on every change validates the edition with the CLI's schema, writes it back to
 * the address (replaceState: a bookmark, not a navigation) and reloads the preview. Everything
 * the counselor types is only ever set as text (value, textContent).
 */
import '../../../src/lib/zod-without-eval.ts';
import type { z } from 'astro/zod';
import { formatIssues } from '../../../src/lib/friendly-error.ts';
import { studioUi } from '../studio-strings.ts';
import { editionQuery, editionSettingsFromQuery, pickEditionSettings } from '../../edition/edition-query.ts';
import { editionSchemaFor } from '../../edition/edition-schema.ts';
import {
  editionFieldNames,
  editionFields,
  rememberedFieldNames,
  type EditionSettings,
} from '../../edition/edition-fields.ts';
import { loadPrintableRanges, needsPrintableRanges } from '../../fonts/printable.ts';
import fontsHref from '../../print/styles/fonts.css?url';
import { chapterBoxCount, fillForm, readForm, setAllChapters } from './edition-form.ts';
import { showFieldErrors } from './field-errors.ts';
import { watchImageInputs } from './image-input.ts';
import { forgetDetails, loadDetails, practiceDetailsOf, saveDetails } from './practice-storage.ts';
import { PreviewFrame } from './preview-frame.ts';
import { updatePrintGuide } from './print-guide.ts';

/** Typing pauses this long before the preview reloads: one Paged.js run per thought, not per key. */
const DEBOUNCE_MS = 400;

function find<Kind extends Element>(selector: string): Kind {
  const element = document.querySelector<Kind>(selector);
  if (!element) throw new Error(`the studio page has no ${selector}`);
  return element;
}

const form = find<HTMLFormElement>('form.studio-form');
const status = find<HTMLElement>('[data-preview-status]');
const printButton = find<HTMLButtonElement>('[data-print]');
const printHint = find<HTMLElement>('[data-print-hint]');
const guide = find<HTMLElement>('[data-print-guide]');
const remember = find<HTMLInputElement>('#studio-remember');
/** What was kept on or removed from this device: a line of its own, which the preview never writes. */
const storageStatus = find<HTMLElement>('[data-storage-status]');
/** The edition model for this book: the form has a box for each of its numbered chapters. */
const editionSchema = editionSchemaFor({ chapterCount: chapterBoxCount(form) });

for (const part of document.querySelectorAll<HTMLElement>('[data-studio]')) part.hidden = false;
// The print's faces for the name fields (the preview's print source links the same sheet).
document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: fontsHref }));
for (const fallback of document.querySelectorAll<HTMLElement>('[data-studio-fallback]')) fallback.hidden = true;

let printable = false;
/** The query of the edition in the frame, and what the status said when it was ready. */
let shown: string | undefined;
let readyStatus = '';

const preview = new PreviewFrame(find('[data-preview-viewport]'), {
  ready(pages, sides) {
    readyStatus = studioUi.previewReady(pages, sides);
    announce(readyStatus);
    setPrintable(true);
  },
  failed(message) {
    announce(message === undefined ? studioUi.previewTimedOut : studioUi.previewFailed(message));
  },
});

function announce(text: string): void {
  status.textContent = text;
}

function setPrintable(ready: boolean): void {
  printable = ready;
  printButton.setAttribute('aria-disabled', String(!ready));
  printHint.textContent = ready ? studioUi.printReady : studioUi.printNotReady;
}

/** The fields printed as text, whose characters the fonts must cover (workbook/fonts/printable.ts). */
const textFields = editionFieldNames.filter((name) => editionFields[name].kind === 'text');

/** Validates once the fonts' coverage is at hand for text beyond ASCII. */
async function applyWithCoverage(settings: EditionSettings, formIssues: readonly z.core.$ZodIssue[]): Promise<void> {
  const texts = textFields.map((name) => settings[name]);
  if (texts.some((text) => typeof text === 'string' && needsPrintableRanges(text))) await loadPrintableRanges();
  apply(settings, formIssues);
}

function apply(settings: EditionSettings, formIssues: readonly z.core.$ZodIssue[]): void {
  const parsed = editionSchema.safeParse(settings, { reportInput: true });
  const issues = [...formIssues, ...(parsed.success ? [] : parsed.error.issues)];
  showFieldErrors(form, issues);
  if (!parsed.success || issues.length > 0) {
    setPrintable(false);
    announce(studioUi.previewWaiting(formatIssues('edition', issues).replaceAll('\n', ' ')));
    return;
  }
  const edition = parsed.data;
  const query = editionQuery(edition);
  updatePrintGuide(guide, edition);
  // A logo is in the edition but never in its address: a new one is a new edition all the same.
  const key = `${query}\n${edition.logo}`;
  if (key === shown) {
    // Back to the edition already in the frame (a mistake typed and undone): no new render.
    if (preview.ready) {
      setPrintable(true);
      announce(readyStatus);
    }
    return;
  }
  shown = key;
  history.replaceState(history.state, '', query ? `${location.pathname}?${query}` : location.pathname);
  setPrintable(false);
  announce(studioUi.previewPreparing);
  preview.load(edition);
}

function update(): void {
  const { settings, issues } = readForm(form);
  if (remember.checked) saveDetails(practiceDetailsOf(settings));
  void applyWithCoverage(settings, issues);
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

watchImageInputs(form, schedule);
form.addEventListener('input', schedule);
form.addEventListener('change', schedule);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  update();
});
find('[data-chapters-all]').addEventListener('click', () => {
  setAllChapters(form, true);
  schedule();
});
find('[data-chapters-none]').addEventListener('click', () => {
  setAllChapters(form, false);
  schedule();
});
function forget(): void {
  forgetDetails();
  storageStatus.textContent = studioUi.detailsForgotten;
}
remember.addEventListener('change', () => {
  if (remember.checked) {
    const { settings } = readForm(form);
    saveDetails(practiceDetailsOf(settings));
    storageStatus.textContent = studioUi.detailsRemembered;
  } else {
    forget();
  }
});
find('[data-forget]').addEventListener('click', () => {
  remember.checked = false;
  forget();
});
printButton.addEventListener('click', () => {
  if (printable) preview.print();
  else announce(studioUi.printNotReady);
});

// The address first (a bookmarked edition), then remembered details for what it leaves out.
const initial = pickEditionSettings(editionSettingsFromQuery(location.search));
const stored = loadDetails();
remember.checked = stored !== undefined;
if (stored && rememberedFieldNames.every((name) => initial[name] === undefined)) Object.assign(initial, stored);
fillForm(form, initial);
void applyWithCoverage(initial, []);
