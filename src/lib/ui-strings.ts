import type { Audience } from '../schemas/audience.ts';
import { searchPageUi } from './search-strings.ts';
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
    /** Under a prompt or exercise printed only in its reader's own copy, not on its chapter's page. */
    ownCopyOnly: 'This one is only for your own copy, not for the shared book or the chapter page.',
    ownCopyLink: 'Your personal copy is on the workbook page.',
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
  /** /search/: Pagefind's index, searched in the browser (search-strings.ts). */
  searchPage: searchPageUi,
  supportPage: {
    title: 'Support and safety',
    contentsHeading: 'On this page',
    quickExitHeading: 'Leaving this site quickly',
  },
} as const;

/** The print studio's text, in a module of its own so the studio's scripts load only it. */
export { studioUi } from './studio-strings.ts';
