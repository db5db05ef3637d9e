import { book } from '../../src/lib/book.ts';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { paperLabels } from '../../src/schemas/paper.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { checkEdition, readPrinted } from '../guard/check-edition.ts';
import { discreetInfo } from '../guard/discreet-info.ts';
import { expectationsFor } from '../guard/edition-expectations.ts';
import { neutralTooltips } from '../pdf/neutral-tooltips.ts';
import { outlineTitleFixes } from '../pdf/outline-title-fixes.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';
import { finishEdition } from './finish-edition.ts';
import type { LaidOutEdition } from './lay-out-edition.ts';
import type { RenderEditionOptions, RenderedEdition } from './render-edition.ts';

export { loadPdfReader } from '../pdf/open-pdf.ts';

/**
 * The two steps of a render after Chromium's (render-edition.ts): check the laid-out PDF (the
 * guards, on the PDF read back) and post-process it (pdf-lib). It refuses to return a PDF that
 * lost content, printed what it should not, or whose contents point to the wrong pages.
 */
export async function checkAndFinish(
  laidOut: LaidOutEdition,
  edition: Edition,
  options: RenderEditionOptions,
  parts: number,
): Promise<RenderedEdition> {
  const { options: settings } = edition;
  const guardStarted = performance.now();
  const info = documentInfo(edition, options);
  const measured = settings.fillable || edition.fillableTwin !== undefined;
  // A discreet edition's tooltips name each field's place, not its prompt or a role.
  const fields = settings.discreet
    ? neutralTooltips(
        laidOut.collected.fields,
        expectationsFor(options.manifest, settings).manifest.chapters,
        settings.for,
      )
    : laidOut.collected.fields;
  const printed = await readPrinted(laidOut.pdf, settings);
  const problems = await checkEdition(
    { ...laidOut, fields, pages: laidOut.collected.pages },
    printed,
    settings,
    options.manifest,
    // The files it is written to, which a downloads list shows: a discreet copy's must be neutral too.
    { info, measured, fileNames: [edition.fileName, ...(edition.fillableTwin ? [edition.fillableTwin.fileName] : [])] },
  );
  if (problems.length > 0) {
    throw new FriendlyError(
      [`The ${edition.name} workbook is incomplete; no PDF was written.`, ...problems.map((line) => `  ${line}`)].join(
        '\n',
      ),
    );
  }
  const guard = (performance.now() - guardStarted) / 1000;

  const twin = edition.fillableTwin;
  const finished = await finishEdition(laidOut.pdf, settings, {
    info,
    language: options.manifest.language,
    date: options.date,
    fields,
    outlineTitles: outlineTitleFixes(printed.outline, printed.pages),
    twin: twin !== undefined,
  });
  return {
    edition,
    pdf: finished.pdf,
    pageCount: settings.booklet ? laidOut.pageCount / 2 : laidOut.pageCount,
    bookPages: laidOut.pageCount,
    seconds: laidOut.seconds,
    parts,
    phases: laidOut.phases,
    // This edition's own post-processing; a fillable twin's is timed on its own (fillable.seconds).
    afterRender: { guard, postprocess: finished.seconds },
    chapters: laidOut.collected.chapters,
    blockPages: laidOut.collected.blocks,
    formFields: settings.fillable ? fields.length : 0,
    ...(twin &&
      finished.twin && {
        fillable: {
          pdf: finished.twin.pdf,
          fileName: twin.fileName,
          fields: fields.length,
          seconds: finished.twin.seconds,
        },
      }),
  };
}

/** The PDF's details: title, author, subject, keywords; a discreet edition's name nothing outside. */
function documentInfo(edition: Edition, options: RenderEditionOptions): DocumentInfo {
  const info = {
    title: `${options.manifest.title}: ${titleOf(edition)}`,
    author: options.author,
    subject: subjectOf(edition),
    keywords: options.keywords,
    creator: `${book.shortTitle} workbook renderer (Paged.js, Chromium)`,
    producer: 'pdf-lib',
  };
  return edition.options.discreet ? discreetInfo(info, options.manifest.discreetTitle) : info;
}

function titleOf(edition: Edition): string {
  if (edition.options.promptsOnly) return 'Reflections and exercises';
  return edition.options.booklet ? 'Workbook (booklet)' : 'Workbook';
}

function subjectOf(edition: Edition): string {
  const parts = [book.coverLine, paperLabels[edition.options.paper]];
  if (edition.options.practice) parts.push(`provided by ${edition.options.practice}`);
  return parts.join(', ');
}
