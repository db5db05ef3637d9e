import type { LighthouseResult } from './lighthouse-scores.ts';
import type { PageWeight } from './page-weight.ts';
import type { RenderPhases } from '../workbook/render/render-phases.ts';
import type { MachineLoad } from './machine-load.ts';
import type { Spread } from './stats.ts';

/** Everything one `npm run bench` measured; written as JSON to .bench/results.json. */
export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; chromium: string };
  /** What `--load` added and the load average seen; absent in results written before it existed. */
  load?: MachineLoad;
  /** Runs behind each timed figure. */
  runs: number;
  /** The book sizes this run was told to measure (--scale). */
  scales: number[];
  /** What this run was told not to measure (--skip). */
  skipped: BenchSection[];
  builds?: {
    /** `astro build` alone, seconds (each run: the mean of one just before the cold build and one just after the warm). */
    site: Spread;
    /**
     * The native floor of every edition `npm run build` renders, summed, seconds (each run: the
     * mean of the sums before and after, as `site`): with `site`, the least a build of the site and
     * its PDFs could take.
     */
    floors: Spread;
    /** How many editions `floors` sums. */
    editions: number;
    /** `npm run build` (workbook/build-book.ts) with its render cache removed first, seconds. */
    cold: Spread;
    /** `npm run build` again straight after, nothing changed, seconds. */
    warm: Spread;
  };
  pages: PageFigures[];
  /** Site path of the page with the most HTML+CSS+JS sent (gzip). */
  heaviestPage: string;
  /** Every woff2 file any reading page references, each counted once. */
  fonts: { files: string[]; bytes: number };
  /** Bytes of dist/downloads/rebuilding-trust.epub; undefined when the build published none. */
  epubBytes?: number | undefined;
  editions: EditionFigures[];
  scaling: ScaleFigures[];
  /** Our CLI and its peers on the same print source, one entry per book size. */
  peers: PeerComparison[];
  studio: StudioFigures | undefined;
  /** Our CLI's whole process against the native floor's, in alternating pairs (--pairs). */
  cliFloor?: CliFloorFigures;
  lighthouse: LighthouseResult[];
}

/** The parts of the bench a run can be told to skip. */
export const BENCH_SECTIONS = [
  'build',
  'pages',
  'editions',
  'cli',
  'scaling',
  'peers',
  'studio',
  'lighthouse',
] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

/** The contenders' names, as the report and the budgets give them. */
export const OUR_CLI = 'our CLI';
export const STOCK_PAGEDJS = 'stock Paged.js';
export const VIVLIOSTYLE = 'Vivliostyle CLI';

/** One renderer's processes on one book: whole process and render alone, seconds. */
export interface ContenderFigures {
  name: string;
  /** From spawning the process to its exit. */
  whole?: Spread;
  /** Its render alone: loading the page, laying it out, printing the PDF. */
  render?: Spread;
  /** Pages of the PDF it wrote (a peer may not honour every rule, so its count may differ). */
  pages?: number;
  /** Our CLI only: the parts its render was laid out in. */
  parts?: number;
  /** Our CLI only: median seconds before the render (Node, modules, server, Chromium), of the guard and of post-processing. */
  split?: { beforeRender: number; guard: number; postprocess: number };
  /** Why it could not be measured (or stopped being). */
  error?: string;
  /**
   * Seconds it ran before it failed without a PDF: its whole time is at least this. A bound, not
   * a measure; the budgets use it only when it alone decides (peerBudgets).
   */
  failedAfter?: number;
}

export interface PeerComparison {
  /** 1 = the book itself; 10 and 30 = the synthetic books. */
  factor: number;
  edition: string;
  ours: ContenderFigures;
  peers: ContenderFigures[];
}

/**
 * Our CLI's whole process (spawn to exit) and the floor's (bench/native-print.ts: serve, start
 * Chromium, print natively, write), on the book itself, in alternating pairs.
 */
export interface CliFloorFigures {
  edition: string;
  pairs: number;
  /** Parts our CLI's render was laid out in. */
  parts: number;
  pages: number;
  floorPages: number;
  ours: Spread;
  floor: Spread;
  /** Each pair's ours ÷ floor; its median is the figure the budget reads. */
  ratio: Spread;
}

/** Seconds from opening the studio's address to its "Preview ready" status. */
export interface StudioFigures {
  /**
   * Chromium's own print of the same edition's print page (the floor), in the same browser as the
   * studio, once per run: what the studio's wait is measured against.
   */
  nativePrint: Spread;
  wholeBook: Spread;
  booklet: Spread;
  /**
   * From changing one setting (the writing space) on a ready whole book to ready again; includes
   * the pause the studio takes after an edit before it renders (workbook/studio/scripts/studio.ts).
   */
  afterChange: Spread;
}

export interface PageFigures extends PageWeight {
  /** Requests of a first visit in Chromium. */
  requests: number;
}

export interface EditionFigures {
  name: string;
  /** Parts its render was laid out in at once (1 from a renderer that does not say). */
  parts: number;
  pages: number;
  /** Paginate and print, seconds. */
  render: Spread;
  /** renderEdition as a whole (plus guards and post-processing), seconds. */
  withChecks: Spread;
  /** Post-processing its fillable twin from the same render (part of withChecks): all a twin adds to a build. */
  fillableTwin?: Spread;
  /** Median seconds of each step of the render. */
  phases: RenderPhases;
  /** Median render seconds per PDF page. */
  secondsPerPage: number;
  /** Highest peak over the runs, bytes. */
  nodePeak: number;
  browserPeak: number | undefined;
  /** Chromium's page.pdf without Paged.js, seconds. */
  floor: Spread;
  floorPages: number;
  /** Median render ÷ median floor. */
  ratio: number;
}

export interface ScaleFigures {
  /** 1 = the book itself; 10 = ten copies of every chapter. */
  factor: number;
  chapters: number;
  edition: string;
  pages: number;
  siteBuild: Spread;
  render: Spread;
  /** Median seconds per chapter. */
  siteBuildPerChapter: number;
  renderPerChapter: number;
  /** Median seconds of each step of the render. */
  phases: RenderPhases;
  floor: Spread;
  floorPages: number;
  ratio: number;
  browserPeak: number | undefined;
}
