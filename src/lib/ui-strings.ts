import type { Audience } from '../schemas/audience.ts';
import type { EditionKind } from '../schemas/edition-kind.ts';
import { everyone, roleLabel, roleName } from './readers.ts';
import { searchPageUi } from './search-strings.ts';
import { copyNamed, setStrings } from './set-strings.ts';
import type { ExerciseRecord } from './workbook-blocks.ts';

/**
 * A text for each audience: one reader's made from their name (content/book.json), and the one
 * for both; an audience the book does not have fails loudly rather than printing nothing.
 */
function byAudience(forReader: (name: string) => string, forBoth: string): (audience: Audience) => string {
  return (audience) => (audience === everyone ? forBoth : forReader(roleName(audience)));
}

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
  audience: byAudience((name) => `For ${name}`, 'For both of you'),
  /** A personal copy's audience label for its own reader's prompts and exercises: never a role. */
  forYou: 'For you',
  /** On a personal copy's cover: which of the set it is, in neutral words (its reader's letter). */
  copyName: copyNamed,
  /** A personal copy's signature lines: its reader's own, and the other partner's, named by neither role. */
  ownSignature: 'Your signature',
  partnerSignature: 'Your partner’s signature',
  /** The readers, as every page names them: above each reader's writing block and signature. */
  partner: roleLabel,
  /**
   * In the shared book, under a prompt each partner answers alone: where the writing space is. The
   * page is the prompt's page in that reader's personal copy, when the build knows it.
   */
  ownCopy: {
    one: (page?: string) => (page ? `Answer this in your own copy, on page ${page}.` : 'Answer this in your own copy.'),
    each: (pages?: Readonly<Record<string, string>>) =>
      pages
        ? `Each of you answers this alone, in your own copy (${Object.entries(pages)
            .map(([id, page]) => `${roleName(id)}: page ${page}`)
            .join('; ')}); then share what you choose.`
        : 'Each of you answers this alone, in your own copy; then share what you choose.',
  },
  /** Above the rest of a writing space that a page turn cut: whose it is, named again. */
  continued: (owner: string) => `${owner} (continued)`,
  /** A personal copy's owner of a prompt's writing space: neutral, never a role. */
  ownAnswer: 'Your answer',
  /** Ruled space for anything, on a page the layout left mostly empty. */
  notes: 'Notes',
  exerciseLayout: {
    table: 'In the printed workbook this is a table to fill in.',
    checklist: 'In the printed workbook this is a checklist to tick.',
    agreement: 'In the printed workbook this is an agreement with a place for both signatures.',
    lines: 'In the printed workbook this is a page of writing space.',
  } satisfies Record<ExerciseRecord['layout'], string>,
  printedFrom: 'Printed from',
  /**
   * Each kind of download, as the workbook page groups them (title, description) and as the studio
   * lists the ready-made PDFs (short).
   */
  editionKinds: {
    set: { title: setStrings.heading, short: 'Workbook set', description: setStrings.download },
    workbook: {
      title: 'The shared workbook',
      short: 'Shared workbook',
      description:
        'Every chapter, with space for what you do together: the joint exercises, check-ins and agreements. Print it once, with a personal copy for each of you.',
    },
    handout: {
      title: 'Reflections handout',
      short: 'Prompts-only handout',
      description: 'The prompts and exercises without the article’s text: homework to go with the online guide.',
    },
    booklet: {
      title: 'Booklet',
      short: 'Booklet to fold and staple',
      description:
        'Half-size pages, two to each side of a landscape sheet: print double-sided, flipping on the short edge, fold the stack in half and staple along the fold.',
    },
    'large-print': {
      title: 'Large print',
      short: 'Large-print workbook',
      description:
        'The shared workbook set again for a reader with low vision: every word at 18 points or more in a clear typeface, and wider-spaced lines to write on. It has more pages than the standard workbook.',
    },
    personal: {
      title: 'Personal copies',
      short: 'Personal copy',
      description:
        'One copy for each partner, with the writing space for every question you answer alone: your own prompts and those for both of you. Print one each, with the shared workbook.',
    },
    custom: { title: 'Other editions', short: 'Edition', description: 'An edition made with its own settings.' },
  } satisfies Record<EditionKind, { title: string; short: string; description: string }>,
  /** The pages that gather one reader's questions from every chapter (/reflections/…/). */
  readerPages: {
    heading: 'Every question for each of you',
    lead: 'All the questions from every chapter, gathered on one page for each reader:',
    navLabel: 'Questions gathered from every chapter',
    title: byAudience((name) => `Questions for ${name}`, 'Questions for both of you'),
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
