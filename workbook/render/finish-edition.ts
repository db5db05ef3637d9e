import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { fontSettingOf } from '../fonts/bundled-faces.ts';
import { bookletPages } from '../page/booklet-pages.ts';
import { paperSizes } from '../page/paper-sizes.ts';
import { imposeBooklet } from '../pdf/impose-booklet.ts';
import { postprocessPdf } from '../pdf/postprocess.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';
import { paperPoints } from '../pdf/set-page-size.ts';

export interface FinishOptions {
  /** The PDF's details (a discreet edition's already neutral). */
  info: DocumentInfo;
  language: string;
  /** Stamped as creation and modification date. */
  date: Date;
  /** The writing areas measured in the pages: a fillable PDF's fields. */
  fields: readonly FormFieldBox[];
  /** Bookmark titles to set (pdf/outline-title-fixes.ts). */
  outlineTitles: ReadonlyMap<string, string>;
  /** Also make the fillable twin, from the same pages. */
  twin: boolean;
}

export interface FinishedEdition {
  pdf: Uint8Array;
  /** Seconds the post-processing of `pdf` took. */
  seconds: number;
  /** The fillable twin, when asked for, with the seconds its own post-processing took. */
  twin?: { pdf: Uint8Array; seconds: number } | undefined;
}

/**
 * A checked PDF made ready to publish: a booklet imposed two pages to a sheet, then pdf-lib's
 * post-processing (details, language, dates, page size; a fillable edition's form); a fillable
 * twin is the same pages post-processed once more, with the form.
 */
export async function finishEdition(
  laidOutPdf: Uint8Array,
  settings: EditionOptions,
  options: FinishOptions,
): Promise<FinishedEdition> {
  const started = performance.now();
  const book = settings.booklet ? await imposeBooklet(laidOutPdf, bookletPages[settings.paper].sheet) : laidOutPdf;
  const meta = {
    ...options.info,
    language: options.language,
    date: options.date,
    outlineTitles: options.outlineTitles,
    pageSize: settings.booklet ? bookletPages[settings.paper].sheet : paperPoints(paperSizes[settings.paper]),
    ...(settings.printShop ? { printShop: { bleedMm: Number(settings.bleed) } } : {}),
    fontSetting: fontSettingOf(settings),
  };
  const { fields } = options;
  const pdf = await postprocessPdf(book, settings.fillable ? { ...meta, fields } : meta);
  const seconds = (performance.now() - started) / 1000;
  if (!options.twin) return { pdf, seconds };
  const twinStarted = performance.now();
  const twin = await postprocessPdf(book, { ...meta, fields });
  return { pdf, seconds, twin: { pdf: twin, seconds: (performance.now() - twinStarted) / 1000 } };
}
