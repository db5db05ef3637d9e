import type { Audience } from '../schemas/audience.ts';
import type { ExerciseRecord } from './workbook-blocks.ts';
import type { Reader } from '../../workbook/edition/edition-schema.ts';

/** Every piece of interface text the guide shows, in one place. */
export const ui = {
  skipLink: 'Skip to content',
  quickExit: 'Exit this page',
  siteNavLabel: 'Site',
  chaptersNavLabel: 'Chapters',
  pagerLabel: 'Previous and next chapter',
  home: 'Contents',
  supportLink: 'Support and safety',
  workbookLink: 'Workbook',
  allChapters: 'All chapters',
  startReading: 'Start reading',
  previous: 'Previous',
  next: 'Next',
  readingMinutes: (minutes: number) => `${minutes} min read`,
  chapterOf: (number: number, total: number) => `Chapter ${number} of ${total}`,
  introductionKicker: 'Before you begin',
  additionsTitle: 'Reflect and talk',
  additionsNote:
    'These reflections and exercises are the workbook’s additions, written for this guide. They are not part of the article above. Answer alone first, then share only what you choose to.',
  exercise: 'Exercise',
  audience: {
    hurt: 'For the partner who was hurt',
    unfaithful: 'For the partner who was unfaithful',
    both: 'For both of you',
  } satisfies Record<Audience, string>,
  /** The partners, as every page names them: above each partner's writing block and signature. */
  partner: {
    hurt: 'The partner who was hurt',
    unfaithful: 'The partner who was unfaithful',
  },
  exerciseLayout: {
    table: 'In the printed workbook this is a table to fill in.',
    checklist: 'In the printed workbook this is a checklist to tick.',
    agreement: 'In the printed workbook this is an agreement with a place for both signatures.',
    lines: 'In the printed workbook this is a page of writing space.',
  } satisfies Record<ExerciseRecord['layout'], string>,
  printedFrom: 'Printed from',
  /** The pages that gather one reader's questions from every chapter (/reflections/…/). */
  readerPages: {
    heading: 'Every question for each of you',
    lead: 'All the questions from every chapter, gathered on one page for each reader:',
    navLabel: 'Questions gathered from every chapter',
    title: {
      hurt: 'Questions for the partner who was hurt',
      unfaithful: 'Questions for the partner who was unfaithful',
      both: 'Questions for both of you',
    } satisfies Record<Audience, string>,
    chapterNumber: (number: number) => `Chapter ${number}`,
    otherPages: 'The other pages of questions',
  },
  supportPage: {
    title: 'Support and safety',
    contentsHeading: 'On this page',
    quickExitHeading: 'Leaving this site quickly',
  },
} as const;

/** Interface text of the print studio (/workbook/studio/): its form, preview and messages. */
export const studioUi = {
  formHeading: 'Your edition',
  paperLegend: 'Paper',
  paperHint: 'US Letter in the United States and Canada, A4 almost everywhere else.',
  practiceLabel: 'Practice or counselor name',
  practiceHint: 'Printed on the cover and the back page, exactly as you type it.',
  contactLabel: 'Contact',
  contactHint: 'One or two short lines, such as a phone number and a website.',
  rememberLabel: 'Remember my practice details on this device',
  rememberHint: 'Keeps the name and contact in this browser only, so you need not type them again.',
  forget: 'Forget my details',
  chaptersLegend: 'Chapters',
  chaptersHint: 'The introduction and “How to use this workbook” are always included.',
  allChapters: 'All',
  noChapters: 'None',
  linesLegend: 'Writing space',
  linesHint: 'Roomy gives more and wider-spaced lines to couples who write large.',
  lines: { compact: 'Compact', standard: 'Standard', roomy: 'Roomy' },
  promptsOnlyLabel: 'Prompts only',
  promptsOnlyHint: 'The reflections and exercises without the chapters’ text: a homework handout.',
  bookletLabel: 'Booklet',
  bookletHint: 'Half-size pages: print double-sided, flip on the short edge, fold and staple.',
  facilitatorLabel: 'Facilitator guide',
  facilitatorHint: 'Adds the notes for counselors at the end.',
  forLegend: 'Whose copy',
  forHint:
    'A personal copy holds one partner’s prompts and those for both, with one writing space each: each partner keeps their own and shares what they choose.',
  for: {
    couple: 'Shared, for both partners',
    hurt: 'Personal, for the partner who was hurt',
    unfaithful: 'Personal, for the partner who was unfaithful',
  } satisfies Record<Reader, string>,
  discreetLabel: 'Discreet outside',
  discreetHint:
    'A neutral title on the cover, the back page, the running heads and the file’s details, so the subject is not on show; the inside is unchanged.',
  chooseAChapter: 'choose at least one chapter',
  previewHeading: 'Preview',
  previewTitle: 'Workbook preview',
  previewPreparing: 'Preparing the preview…',
  previewReady: (pages: number, sides?: number) =>
    `Preview ready: ${pages} ${pages === 1 ? 'page' : 'pages'}${sides === undefined ? '' : `, on ${sides} sheet sides to fold`}`,
  previewFailed: (message: string) => `The preview could not be made: ${message}`,
  previewTimedOut: 'The preview is taking too long. Reload the page to try again.',
  previewWaiting: (problems: string) => `The preview waits until this is fixed: ${problems}`,
  print: 'Print',
  printNotReady: 'Print works once the preview is ready.',
  printReady: 'Opens your browser’s print dialog; to keep a file, choose “Save as PDF”. It matches the preview.',
  detailsRemembered: 'Your practice name and contact are kept on this device until you choose “Forget my details”.',
  detailsForgotten: 'Your practice details were removed from this device.',
  downloadKinds: {
    workbook: 'Workbook',
    handout: 'Prompts-only handout',
    booklet: 'Booklet to fold and staple',
    personal: 'Personal copy',
    custom: 'Edition',
  },
} as const;
