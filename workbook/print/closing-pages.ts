import { fixedAreas } from './writing-areas.ts';

/** A page after the chapters, as the contents lists it: [element id, title, only in editions that ask for it]. */
type ClosingPage = readonly [id: string, title: string, onlyWith?: 'facilitator'];

const { tracker } = fixedAreas;

/** The pages after the chapters, in order; the check-in page only in a book that names its exercise. */
export const closingPages: readonly ClosingPage[] = [
  ...(tracker.exerciseTitle === undefined ? [] : [[tracker.id, tracker.exerciseTitle] as const]),
  ['our-agreement', 'Our agreement'],
  ['support-and-resources', 'Support and resources'],
  ['facilitator-guide', 'Facilitator guide', 'facilitator'],
  ['notes', 'Notes'],
];
