/**
 * Interface text of the print studio (/workbook/studio/): its form, preview and messages. Each
 * edition setting's label and hint are in its entry in workbook/edition/edition-fields.ts. Its
 * scripts import this module, not ui-strings.ts: the print page's runtime uses that one too, and
 * the chunk they would share sends the studio the whole guide's text.
 */
export const studioUi = {
  formHeading: 'Your edition',
  rememberLabel: 'Remember my practice details on this device',
  rememberHint:
    'Keeps the details above (name, contact, logo, local numbers, your between-session rule and policy, and the chapters for sessions) in this browser only, so you need not type them again.',
  forget: 'Forget my details',
  logoRemove: 'Remove the logo',
  logoNone: 'No logo: the cover shows your name only.',
  logoChosen: 'Your logo is on the cover, beside your name.',
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
  /** Under the set's checkbox: to the ready-made sets, which the browser cannot make. */
  setLink: 'The ready-made sets, in US Letter and A4',
} as const;
