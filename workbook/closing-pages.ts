/** The pages after the chapters, as the contents lists them: [element id, title]. */
export const closingPages = [
  ['weekly-check-in', 'Weekly trust check-in'],
  ['our-agreement', 'Our agreement'],
  ['support-and-resources', 'Support and resources'],
  ['notes', 'Notes'],
] as const;
