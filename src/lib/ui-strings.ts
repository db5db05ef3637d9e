import type { Audience } from '../schemas/audience.ts';
import type { ExerciseRecord } from './workbook-blocks.ts';

/** Every piece of interface text the guide shows, in one place. */
export const ui = {
  skipLink: 'Skip to content',
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
  exerciseLayout: {
    table: 'In the printed workbook this is a table to fill in.',
    checklist: 'In the printed workbook this is a checklist to tick.',
    agreement: 'In the printed workbook this is an agreement with a place for both signatures.',
    lines: 'In the printed workbook this is a page of writing space.',
  } satisfies Record<ExerciseRecord['layout'], string>,
  printedFrom: 'Printed from',
} as const;
