import { book } from './book.ts';

/**
 * One picture per edition option, for /counselors/ and the README: the page of a real PDF the
 * build makes that shows the option (its cover or the page the option changes), drawn small by
 * the build (workbook/pictures/) into `dist/workbook/pictures/<id>.png`. A picture comes from a
 * prebuilt download where one shows the option honestly, otherwise from a sample edition the build
 * renders for the pictures alone (two chapters), given as the studio's address query, so what an
 * option does is never described twice. Adding an option is one entry here.
 */
export interface OptionPicture {
  /** The picture's file name without `.png`; also its anchor on /counselors/. */
  id: string;
  /** The option as a counselor knows it. */
  option: string;
  /** How to ask for it: the command line's option and the studio's setting. */
  cli: string;
  studio: string;
  /** What the picture shows, for a reader who cannot see it. */
  alt: string;
  from: PictureSource;
  /**
   * Which page: a page number, the first page whose text holds these words, or the page with the
   * most form fields (a fillable edition's, where its boxes show best).
   */
  page: number | { containing: string } | 'most-form-fields';
  /** The shape of the pictured page, which decides the picture's height (pictureSize). */
  shape: PictureShape;
}

export type PictureSource =
  /**
   * A PDF `npm run build` publishes, by its file name under dist/downloads/; with `printShop`, its
   * page as a print shop receives it: `--print-shop` prints the same pages and only adds the bleed,
   * the boxes and the crop marks afterwards (workbook/pdf/set-print-shop-boxes.ts), so adding them
   * to the published page shows exactly that page of a print-shop edition.
   */
  | { file: string; printShop?: boolean }
  /**
   * A sample edition rendered for the pictures only: its settings as the studio's address query,
   * and whether it carries the placeholder logo (a file, which an address never carries).
   */
  | { sample: string; logo?: boolean };

export type PictureShape = 'letter' | 'a4' | 'letter-sheet' | 'letter-print-shop';

/** Every picture is this wide, in CSS pixels: small enough for a row of them, big enough to read a cover. */
export const PICTURE_WIDTH = 320;

/**
 * Each shape's width and height in points: a page (US Letter, A4), a booklet's landscape sheet of
 * two pages, and a print-shop page with its 3 mm bleed and the crop marks beyond it
 * (workbook/pdf/set-print-shop-boxes.ts: 12 mm each side). The build refuses a picture whose page
 * is not this shape, so the site's width and height never lie.
 */
const shapePoints: Record<PictureShape, [number, number]> = {
  letter: [612, 792],
  a4: [595.28, 841.89],
  'letter-sheet': [792, 612],
  'letter-print-shop': [612 + 2 * (12 / 25.4) * 72, 792 + 2 * (12 / 25.4) * 72],
};

/** The picture's size in pixels: PICTURE_WIDTH wide, as tall as its page is for that width. */
export function pictureSize(shape: PictureShape): { width: number; height: number } {
  const [width, height] = shapePoints[shape];
  return { width: PICTURE_WIDTH, height: Math.round((PICTURE_WIDTH * height) / width) };
}

/** Where the build writes the pictures in the site, and where the README keeps its copies. */
export const PICTURES_PATH = '/workbook/pictures/';
export const README_PICTURES_DIR = 'docs/pictures/';

/** The sample practice on the pictures' covers: plainly a placeholder, never a real one. */
const samplePractice =
  'practice=Sample+Counseling+Practice&contact=555-0100+%7C+sample-practice.example&logoAlt=A+placeholder+logo%3A+a+green+circle+with+a+white+leaf';
/** The sample counselor's page: the kind of numbers and rules a practice writes there. */
const sampleCounselorPage =
  'localNumbers=Emergency%3A+911%0ACrisis+line%3A+988%0ASample+Counseling+Practice%3A+555-0100&crisisRule=If+things+feel+unsafe+before+we+meet%2C+call+the+crisis+line+first%2C+then+leave+me+a+message.&secretsPolicy=I+keep+no+secrets+between+partners%3B+I+will+help+you+find+a+way+to+share+what+you+tell+me+alone.';

/**
 * One short edition for every picture a prebuilt PDF cannot give: a practice's own, of two chosen
 * chapters, with its name, logo and counselor's page; one render for four pictures.
 */
const practiceSample: PictureSource = {
  sample: `chapters=2,5&${samplePractice}&${sampleCounselorPage}`,
  logo: true,
};

const file = (name: string) => ({ file: name });

export const optionPictures: OptionPicture[] = [
  {
    id: 'workbook',
    option: 'The workbook (US Letter or A4)',
    cli: '--paper letter or --paper a4',
    studio: 'Paper',
    alt: 'The shared workbook’s cover on US Letter paper: the title and subtitle on a plain white page.',
    from: file(`${book.slug}-workbook-letter.pdf`),
    page: 1,
    shape: 'letter',
  },
  {
    id: 'personal-copy',
    option: 'A personal copy for each partner',
    cli: '--for <partner>',
    studio: 'Whose copy',
    alt: 'A page of Copy A, one partner’s own copy: a prompt labelled “For you”, with lines under it to write the answer alone.',
    from: file('personal-copy-a-letter.pdf'),
    page: { containing: 'FOR YOU' },
    shape: 'letter',
  },
  {
    id: 'discreet',
    option: 'Discreet outside',
    cli: '--discreet',
    studio: 'Discreet outside',
    alt: 'A discreet cover, as every personal copy has: a neutral title, “Copy A” and a line for a name, nothing that says what the book is about.',
    from: file('personal-copy-a-letter.pdf'),
    page: 1,
    shape: 'letter',
  },
  {
    id: 'fillable',
    option: 'Fillable on a screen',
    cli: '--fillable',
    studio: 'Fillable on a screen',
    alt: 'A page of the fillable workbook on A4: an exercise’s table whose cells are form fields, tinted blue as a PDF app shows them, ready to type into.',
    from: file(`${book.slug}-workbook-fillable-a4.pdf`),
    page: 'most-form-fields',
    shape: 'a4',
  },
  {
    id: 'chosen-chapters',
    option: 'Chosen chapters',
    cli: '--chapters 2,5',
    studio: 'Chapters',
    alt: 'The contents page of an edition of two chosen chapters: the opening pages, then only those two chapters.',
    from: practiceSample,
    page: { containing: 'Contents' },
    shape: 'letter',
  },
  {
    id: 'prompts-only',
    option: 'Prompts only: a homework handout',
    cli: '--prompts-only',
    studio: 'Prompts only',
    alt: 'The handout’s first chapter on US Letter paper: the chapter’s title, then its prompts with lines to write on, and none of the article.',
    from: file(`${book.slug}-prompts-handout-letter.pdf`),
    page: { containing: 'CHAPTER 1' },
    shape: 'letter',
  },
  {
    id: 'booklet',
    option: 'A folded booklet',
    cli: '--booklet',
    studio: 'Booklet',
    alt: 'The booklet’s first sheet, landscape: two half-size pages side by side, the back page on the left and the cover on the right.',
    from: file(`${book.slug}-workbook-booklet-letter.pdf`),
    page: 1,
    shape: 'letter-sheet',
  },
  {
    id: 'set',
    option: 'The set: the shared book and both personal copies',
    cli: '--set',
    studio: 'The set: shared book and both personal copies',
    alt: 'The set’s front sheet: it names the three books it holds and the pages where each one starts.',
    from: file(`${book.slug}-set-letter.pdf`),
    page: 1,
    shape: 'letter',
  },
  {
    id: 'practice-logo',
    option: 'Your practice’s name and logo on the cover',
    cli: '--practice, --contact, --logo FILE --logo-alt',
    studio: 'Practice or counselor name, Contact, Your logo',
    alt: 'A cover with a placeholder practice, “Sample Counseling Practice”, its phone number and web address, and a round green placeholder logo beside the name.',
    from: practiceSample,
    page: 1,
    shape: 'letter',
  },
  {
    id: 'large-print',
    option: 'Large print',
    cli: '--large-print',
    studio: 'Large print',
    alt: 'A page of the large-print workbook on US Letter paper: the safety page set in a plain sans serif at 18 points or more, left-aligned, with no italics and no capitals.',
    from: file(`${book.slug}-workbook-large-print-letter.pdf`),
    page: { containing: 'Safety and privacy first' },
    shape: 'letter',
  },
  {
    id: 'print-shop',
    option: 'For a print shop',
    cli: '--print-shop (and --bleed)',
    studio: 'For a print shop',
    alt: 'A print-shop cover: the page with a thin bleed margin around it and short crop marks at its four corners.',
    from: { file: `${book.slug}-workbook-letter.pdf`, printShop: true },
    page: 1,
    shape: 'letter-print-shop',
  },
  {
    id: 'counselor-page',
    option: 'Your page for your clients',
    cli: '--local-numbers, --crisis-rule, --secrets-policy',
    studio: 'Local numbers for your clients, If a crisis comes between sessions, What is said in an individual session',
    alt: 'The Support and resources page with a sample practice’s local numbers printed in place of blank lines, its rule for a crisis between sessions and its policy on secrets.',
    from: practiceSample,
    page: { containing: 'call the crisis line first' },
    shape: 'letter',
  },
];
