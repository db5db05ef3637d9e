import type { Audience } from '../schemas/audience.ts';
import type { ExerciseRecord } from './workbook-blocks.ts';

/** Every piece of interface text the guide shows, in one place. */
export const ui = {
  /** Where a reader chooses a fillable PDF: where a typed copy lives and who can read it (FillablePrivacy.astro). */
  fillablePrivacy: [
    'A filled-in copy is saved only where you save it, on your device. Nothing you type is sent to us or anywhere else.',
    'Anyone who can open that file can read what you wrote, so keep it where only you look.',
    'Some PDF apps save as you type, or keep files in a cloud account that syncs to other devices; check where yours keeps them.',
    'A browser’s own PDF viewer may lose what you typed when you close it: download the file, open it in a PDF app, and save it there.',
  ],
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
  /** On /book/ and in the EPUB, which have no writing space. */
  whereToWrite:
    'There is no space to write here: answer in a notebook or on paper of your own, or in the printed workbook, and keep it somewhere private.',
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
  /** /book/: every chapter on one page. */
  bookPage: {
    title: 'The whole guide on one page',
    description:
      'Every chapter of the guide, with its reflections and exercises, on one page to read offline or print.',
    lead: 'Every chapter in order, with its reflections and exercises, on one page: save it to read offline, or print it.',
    contentsHeading: 'Contents',
    homeLink: 'Read it all on one page / offline',
  },
  /** /search/: Pagefind's index, searched in the browser. */
  searchPage: {
    link: 'Search',
    title: 'Search the guide',
    description: 'Search the chapters, the questions and the support page. Searching happens on your device.',
    lead: 'Searches the chapters, the questions for each of you and the support page. Your words stay on this device: nothing is sent anywhere and nothing is saved.',
    label: 'Words to find',
    button: 'Search',
    noScript: 'Search needs JavaScript, which is off or unavailable in this browser. Everything is in',
    searching: 'Searching…',
    results: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    none: (query: string) => `No results for “${query}”`,
    empty: 'Type a word or two to search for.',
    unavailable: 'Search is not available right now. The contents and the whole guide on one page are linked above.',
  },
  supportPage: {
    title: 'Support and safety',
    contentsHeading: 'On this page',
    quickExitHeading: 'Leaving this site quickly',
  },
} as const;

/**
 * Interface text of the print studio (/workbook/studio/): its form, preview and messages. Each
 * edition setting's label and hint are in its entry in workbook/edition/edition-fields.ts.
 */
export const studioUi = {
  formHeading: 'Your edition',
  rememberLabel: 'Remember my practice details on this device',
  rememberHint: 'Keeps the name and contact in this browser only, so you need not type them again.',
  forget: 'Forget my details',
  allChapters: 'All',
  noChapters: 'None',
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
  /** After a fillable PDF's name in the studio's list of ready-made PDFs. */
  fillableSuffix: ', fillable on a screen',
  downloadKinds: {
    workbook: 'Workbook',
    handout: 'Prompts-only handout',
    booklet: 'Booklet to fold and staple',
    personal: 'Personal copy',
    custom: 'Edition',
  },
} as const;
