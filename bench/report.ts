import type { BudgetResult } from './budgets.ts';
import { kb, markdownTable, mb, seconds, spread, table } from './format.ts';
import { LIGHTHOUSE_CATEGORIES } from './lighthouse-scores.ts';
import { cliTimeTable, peerTable, studioTable, type TableData } from './peer-tables.ts';
import { buildTable, cliFloorTable, editionTable } from './ratio-tables.ts';
import { describeMachineLoad } from './machine-load.ts';
import type { BenchResults } from './results.ts';
import { RENDER_PHASES, type RenderPhases } from '../workbook/render/render-phases.ts';

function phaseCells(phases: RenderPhases): string[] {
  return RENDER_PHASES.map((phase) => seconds(phases[phase], 2));
}

/** The human-readable report: one table per concern, then the budgets. */
export function formatReport(results: BenchResults, budgets: readonly BudgetResult[]): string {
  const { machine } = results;
  const both = (bytes: { raw: number; gzip: number }) => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
  return [
    `Measured ${results.measuredAt} on ${machine.cpus} × ${machine.cpuModel}, ${mb(machine.memoryBytes)} RAM, Node ${machine.node}, Chromium ${machine.chromium}.`,
    ...(results.load ? [`Machine load: ${describeMachineLoad(results.load)}.`] : []),
    `Timed figures: median of ${results.runs} run${results.runs === 1 ? '' : 's'} (min–max).`,
    '',
    ...(results.skipped.length > 0 ? [`Not measured in this run (--skip): ${results.skipped.join(', ')}.`, ''] : []),
    ...(results.builds ? [asText(buildTable(results.builds)), ''] : []),
    'Reading pages: raw / gzip; "sent" is the gzipped document plus any linked CSS and JS.',
    table(
      ['page', 'markup', 'CSS (inline)', 'JS', 'fonts (woff2)', 'sent', 'requests'],
      results.pages.map((page) => [
        page.path === results.heaviestPage ? `${page.path} (heaviest)` : page.path,
        both(page.markup),
        both(page.css),
        both(page.js),
        `${kb(page.fonts.raw)} × ${page.fonts.files.length}`,
        kb(page.transfer.gzip),
        String(page.requests),
      ]),
    ),
    `Fonts across the site: ${results.fonts.files.length} woff2 files, ${kb(results.fonts.bytes)} in total.`,
    `EPUB (dist/downloads/rebuilding-trust.epub): ${results.epubBytes === undefined ? 'not built' : kb(results.epubBytes)}.`,
    '',
    'Editions, each rendered alone in its own browser, against its floor (Chromium page.pdf of the same print source',
    'without Paged.js), measured in the same run; parts = laid out at once in that many parts:',
    asText(editionTable(results.editions)),
    '',
    'The same renders: render = paginate + print; with checks = renderEdition as a whole (text guards, pdf-lib, and',
    'the fillable twin); fillable twin = post-processing the fillable PDF from the same render, all it adds to a build.',
    table(
      ['edition', 's/page', 'with checks', 'fillable twin', 'Node peak', 'browser peak'],
      results.editions.map((edition) => [
        edition.name,
        seconds(edition.secondsPerPage, 3),
        spread(edition.withChecks),
        edition.fillableTwin ? spread(edition.fillableTwin) : 'none',
        mb(edition.nodePeak),
        mb(edition.browserPeak),
      ]),
    ),
    '',
    'Where the render time goes (medians, seconds): load = the print page and its runtime (Paged.js included) and the',
    'edition; layout = fonts, Paged.js pagination and numbering the contents; print = page.pdf of the paginated pages.',
    table(
      ['render', ...RENDER_PHASES, 'floor (native print, all steps)'],
      [
        ...results.editions.map((edition) => [
          edition.name,
          ...phaseCells(edition.phases),
          seconds(edition.floor.median, 2),
        ]),
        ...results.scaling.map((scale) => [
          `${scale.factor}× (${scale.edition})`,
          ...phaseCells(scale.phases),
          seconds(scale.floor.median, 2),
        ]),
      ],
    ),
    '',
    ...(results.scaling.length === 0
      ? []
      : [
          'Scaling (synthetic books of N × the chapters):',
          table(
            [
              'size',
              'chapters',
              'pages',
              'site build',
              's/chapter',
              'render',
              's/chapter',
              'floor (pages)',
              'render ÷ floor',
              'browser peak',
            ],
            results.scaling.map((scale) => [
              `${scale.factor}× (${scale.edition})`,
              String(scale.chapters),
              String(scale.pages),
              spread(scale.siteBuild),
              seconds(scale.siteBuildPerChapter, 3),
              spread(scale.render),
              seconds(scale.renderPerChapter, 3),
              `${spread(scale.floor)} (${scale.floorPages})`,
              scale.ratio.toFixed(2),
              mb(scale.browserPeak),
            ]),
          ),
          '',
        ]),
    ...(results.peers.length === 0
      ? []
      : [
          'Our CLI and its peers on the same print source, same Chromium, whole processes interleaved in each run',
          '(peer ÷ ours above 1: ours is faster):',
          asText(peerTable(results.peers)),
          '',
          "Where our CLI's whole process goes (medians; share of the whole):",
          asText(cliTimeTable(results.peers)),
          '',
        ]),
    ...(results.cliFloor
      ? [
          "Our CLI's whole process against the native floor's, alternating which goes first:",
          asText(cliFloorTable(results.cliFloor)),
          '',
        ]
      : []),
    ...(results.studio ? [asText(studioTable(results.studio)), ''] : []),
    'Lighthouse (mobile preset, 0–100):',
    table(
      ['page', 'performance', 'accessibility', 'best-practices', 'SEO'],
      results.lighthouse.map((audit) =>
        'scores' in audit
          ? [audit.path, ...LIGHTHOUSE_CATEGORIES.map((category) => String(audit.scores[category]))]
          : [audit.path, `could not run: ${audit.error}`, '', '', ''],
      ),
    ),
    '',
    'Budgets:',
    ...budgets.map((budget) => `  ${budget.status.toUpperCase().padEnd(4)}  ${budget.budget}: ${budget.actual}`),
  ].join('\n');
}

function asText(data: TableData): string {
  return table(data.header, data.rows);
}

/**
 * The README's performance tables, in markdown: the editions against their floors, our CLI against
 * the floor's process, the peers, our CLI's time, the studio, the builds.
 */
export function formatReadmeTables(results: BenchResults): string {
  const tables: TableData[] = [
    ...(results.editions.length > 0 ? [editionTable(results.editions)] : []),
    ...(results.cliFloor ? [cliFloorTable(results.cliFloor)] : []),
    ...(results.peers.length > 0 ? [peerTable(results.peers), cliTimeTable(results.peers)] : []),
    ...(results.studio ? [studioTable(results.studio)] : []),
    ...(results.builds ? [buildTable(results.builds)] : []),
  ];
  const load = results.load ? [`Machine load: ${describeMachineLoad(results.load)}.`] : [];
  return [...load, ...tables.map((data) => markdownTable(data.header, data.rows))].join('\n\n');
}
