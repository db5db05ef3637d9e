import type { LighthouseResult } from './lighthouse-scores.ts';
import type { PageWeight } from './page-weight.ts';
import type { RenderPhases } from '../workbook/render/render-phases.ts';
import type { Spread } from './stats.ts';

/** Everything one `npm run bench` measured; written as JSON to .bench/results.json. */
export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; chromium: string };
  /** Runs behind each timed figure. */
  runs: number;
  builds: {
    /** `astro build` alone, seconds. */
    site: Spread;
    /** `npm run build` (workbook/build-book.ts), seconds. */
    full: Spread;
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
  lighthouse: LighthouseResult[];
}

export interface PageFigures extends PageWeight {
  /** Requests of a first visit in Chromium. */
  requests: number;
}

export interface EditionFigures {
  name: string;
  pages: number;
  /** Paginate and print, seconds. */
  render: Spread;
  /** renderEdition as a whole (plus guards and post-processing), seconds. */
  withChecks: Spread;
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
