import type { PrintManifest } from '../contracts/print-manifest.ts';
import {
  areaName,
  cellName,
  checkItemName,
  fixedAreas,
  signatureNames,
  signingPartners,
} from '../print/writing-areas.ts';
import { expectationsFor } from './edition-expectations.ts';
import { everyone } from '../../src/lib/readers.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';

type Exercise = PrintManifest['chapters'][number]['exercises'][number];

/**
 * The writing areas a fillable PDF of `edition` must have a field for, by name
 * (print/writing-areas.ts), counted from the print manifest: in a personal copy each prompt's
 * block, each exercise's open lines, table cells, checklist items and signature lines; in the
 * shared book only those of the exercises done together (what each partner answers alone is
 * written in their own copy: runtime/apply-reader.ts); then the fixed pages: the cover's lines, the weekly check-in's
 * cells, the agreement, the support page's lines (unless its numbers are printed) and the Notes pages.
 */
export function expectedWritingAreas(manifest: PrintManifest, edition: EditionOptions): string[] {
  const shared = edition.for === 'couple';
  const { chapters } = expectationsFor(manifest, edition).manifest;
  const checkIn = manifest.chapters
    .flatMap((chapter) => chapter.exercises)
    .find((exercise) => exercise.title === fixedAreas.tracker.exerciseTitle);
  const { cover, agreement } = fixedAreas;
  return [
    ...Object.values(cover)
      .filter((area) => !('copy' in area) || area.copy === (shared ? 'couple' : 'personal'))
      .map((area) => area.name),
    ...chapters.flatMap((chapter) => [
      ...(shared ? [] : chapter.prompts.map((prompt) => prompt.id)),
      ...chapter.exercises
        .filter((exercise) => !shared || exercise.for === everyone)
        .flatMap((exercise) => exerciseAreas(exercise)),
    ]),
    ...(checkIn?.table ? tableCells(fixedAreas.tracker.id, checkIn.table) : []),
    agreement.commit,
    agreement.review,
    ...signatureAreas(agreement.id),
    // A counselor's local numbers are printed in place of the support page's lines.
    ...(edition.localNumbers.length === 0 ? [fixedAreas.resources] : []),
    ...fixedAreas.notes,
  ];
}

function exerciseAreas(exercise: Exercise): string[] {
  switch (exercise.layout) {
    case 'lines':
      return [exercise.id];
    case 'table':
      return exercise.table ? tableCells(exercise.id, exercise.table) : [];
    case 'checklist':
      return Array.from({ length: exercise.items ?? 0 }, (_, index) => checkItemName(exercise.id, index + 1));
    case 'agreement':
      return signatureAreas(exercise.id);
  }
}

function tableCells(id: string, table: { columns: number; rows: number }): string[] {
  return Array.from({ length: table.rows }, (_, row) =>
    Array.from({ length: table.columns }, (_, column) => cellName(id, row + 1, column + 1)),
  ).flat();
}

function signatureAreas(id: string): string[] {
  const names = signatureNames(id);
  return signingPartners.flatMap((partner) => [areaName(names.signature, partner), areaName(names.date, partner)]);
}
