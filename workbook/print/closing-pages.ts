/** The pages after the chapters, as the contents lists them: [element id, title, only in editions that ask for it]. */
export const closingPages = [
  ['weekly-check-in', 'Weekly trust check-in'],
  ['our-agreement', 'Our agreement'],
  ['support-and-resources', 'Support and resources'],
  ['facilitator-guide', 'Facilitator guide', 'facilitator'],
  ['notes', 'Notes'],
] as const;
