import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { PageLayout } from '../contracts/page-layout.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { paperSizes } from '../page/paper-sizes.ts';
import { bookletMargins, bookMargins, marginBands } from '../page/page-margins.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';
import { paperPoints } from '../pdf/set-page-size.ts';
import { withOpenPdf } from '../pdf/open-pdf.ts';
import { outlineOf, type OutlineEntry } from '../pdf/read-outline.ts';
import { pageTexts } from '../pdf/read-pdf-text.ts';
import { fontSettingOf, fontStack } from '../fonts/bundled-faces.ts';
import { findForeignFonts } from './bundled-fonts.ts';
import { findMissingContent, findUnexpectedContent } from './completeness.ts';
import { checkContentsNumbers } from './contents-numbers.ts';
import { checkDiscreetOutside, findRevealingFileName } from './discreet-outside.ts';
import { expectationsFor } from './edition-expectations.ts';
import { expectedWritingAreas } from './fillable-expectations.ts';
import { checkFormFields } from './form-fields.ts';
import { findMissingNames } from './missing-names.ts';
import { checkPageLayout } from './page-layout.ts';
import { checkPrintedPageCount } from './printed-page-count.ts';
import { findPartnerLabels } from './partner-labels.ts';
import { findRoleLabels } from './role-labels.ts';
import { checkSafetyFirst } from './safety-first.ts';

/** What a check reads of a laid-out edition: the printed PDF, its page count, the measured writing areas. */
export interface CheckedPdf {
  pdf: Uint8Array;
  pageCount: number;
  fields: readonly FormFieldBox[];
  /** Each laid-out page as the runtime measured it. */
  pages: readonly PageLayout[];
}

/** A laid-out PDF as a reader gets it back: each page's text, its body and running heads, its bookmarks. */
export interface PrintedPdf {
  pages: string[];
  bodies: string[];
  heads: string[];
  outline: OutlineEntry[];
}

/** Reads `pdf` back as printed, with the margins of its edition's pages: text and bookmarks from one parse. */
export async function readPrinted(pdf: Uint8Array, settings: EditionOptions): Promise<PrintedPdf> {
  return withOpenPdf(pdf, async (open) => {
    const { pages, bodies, heads } = await pageTexts(open, marginBands(settings.booklet ? bookletMargins : bookMargins));
    return { pages, bodies, heads, outline: await outlineOf(open) };
  });
}

/**
 * Every check a PDF of `edition` must pass before it is published, read back from the PDF itself:
 * nothing lost or added, contents numbers and bookmarks right, the safety pages first, a personal
 * copy personal (no role labels), a discreet one discreet outside (with the details about to be
 * written, `info`, and the fields' tooltips), printing no address of the guide,
 * only the bundled fonts, every writing area a field where fields are made, a booklet in fours,
 * one page of paper for each page laid out.
 * Returns one line per problem; empty means the PDF may be published.
 */
export async function checkEdition(
  laidOut: CheckedPdf,
  printed: PrintedPdf,
  settings: EditionOptions,
  manifest: PrintManifest,
  { info, measured, fileNames = [] }: { info: DocumentInfo; measured: boolean; fileNames?: readonly string[] },
): Promise<string[]> {
  const expectations = expectationsFor(manifest, settings);
  const { pages, bodies, heads, outline } = printed;
  const problems = [
    ...findMissingContent(expectations.manifest, bodies).map((line) => `missing ${line}`),
    ...(await findMissingNames(expectations.required, pages, laidOut.pdf)).map((line) => `missing ${line}`),
    ...findUnexpectedContent(expectations.forbidden, bodies).map(
      (line) => `printed but not part of this edition: ${line}`,
    ),
    ...checkContentsNumbers(expectations.manifest, pages, outline).map((line) => `contents: ${line}`),
    ...checkSafetyFirst(manifest.safety, pages, outline).map((line) => `safety pages: ${line}`),
    ...(settings.for === 'couple'
      ? []
      : [...findPartnerLabels(pages), ...findRoleLabels(pages)].map((line) => `not a personal copy: ${line}`)),
    ...(settings.discreet
      ? [
          ...checkDiscreetOutside({
            pages,
            heads,
            outline,
            info,
            tooltips: laidOut.fields.map((field) => field.tooltip),
          }),
          ...fileNames.flatMap((fileName) => findRevealingFileName(fileName)),
        ]
      : []
    ).map((line) => `not discreet: ${line}`),
    ...checkPageLayout(laidOut.pages).map((line) => `layout: ${line}`),
    ...checkPrintedPageCount(laidOut.pageCount, pages.length).map((line) => `print: ${line}`),
    ...findForeignFonts(laidOut.pdf, fontStack(fontSettingOf(settings))).map(
      (name) => `set in ${name}, a font from this machine or another edition's, not this edition's`,
    ),
  ];
  if (measured) {
    const pageSize = paperPoints(paperSizes[settings.paper]);
    problems.push(
      ...checkFormFields(laidOut.fields, expectedWritingAreas(manifest, settings), {
        width: (pageSize.width * 96) / 72,
        height: (pageSize.height * 96) / 72,
      }).map((line) => `fillable: ${line}`),
    );
  }
  if (settings.booklet && laidOut.pageCount % 4 !== 0) {
    problems.push(`a booklet needs a multiple of 4 pages; got ${laidOut.pageCount}`);
  }
  return problems;
}
