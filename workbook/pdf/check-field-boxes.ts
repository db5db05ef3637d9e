import type { FormFieldBox } from '../contracts/form-fields.ts';
import { FriendlyError } from '../../src/lib/friendly-error.ts';

/** A page's size in CSS px, as Chromium printed it. */
export interface PagePixels {
  width: number;
  height: number;
}

/**
 * The least a field needs to be usable, in CSS px: a line of 7 pt type (about 9 px with its
 * descenders), or a box a finger or pointer can hit and a tick can be seen in.
 */
const SMALLEST_PX = { text: 9, multiline: 9, checkbox: 6 } as const;

/** Rounding of the page's own measurement (Chromium's pixel grid); anything more is a real overflow. */
const TOLERANCE_PX = 0.01;

/**
 * Refuses boxes that cannot become fields: a name used twice, a page the PDF lacks, a box
 * without area or one crossing its page's edge. Every bad box is named in one error, so a
 * mismeasured edition is fixed in one pass.
 */
export function checkFieldBoxes(fields: readonly FormFieldBox[], pages: readonly PagePixels[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  // "a.b" names field b inside field a: a name that starts another ("a" and "a.b") cannot be a field too.
  const parents = new Set(
    fields.flatMap(({ name }) => {
      const parts = name.split('.');
      return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('.'));
    }),
  );
  for (const field of fields) {
    const problem = boxProblem(field, pages, seen, parents);
    if (problem) problems.push(`Form field "${field.name}" (page ${field.page}): ${problem}`);
    seen.add(field.name);
  }
  if (problems.length === 0) return;
  throw new FriendlyError(
    [
      `The fillable PDF was not made: ${problems.length === 1 ? 'one writing area was' : `${problems.length} writing areas were`} measured where no field can go.`,
      ...problems,
      'Each field must lie wholly on a page of this PDF and be large enough to use. Check the writing areas the print runtime measured (collectFields) for these names.',
    ].join('\n'),
  );
}

function boxProblem(
  field: FormFieldBox,
  pages: readonly PagePixels[],
  seen: ReadonlySet<string>,
  parents: ReadonlySet<string>,
): string | undefined {
  if (seen.has(field.name)) return 'this name is used by another field already; each field needs its own name.';
  if (parents.has(field.name))
    return `another field's name starts with this one and a dot ("${field.name}.…"); rename one of them.`;
  if (!/^[^.]+(\.[^.]+)*$/.test(field.name)) return 'the name has an empty part between dots.';
  const page = Number.isInteger(field.page) ? pages[field.page - 1] : undefined;
  if (!page) return `the PDF has no such page (it has ${pages.length}).`;
  const { x, y, width, height } = field.rect;
  if (![x, y, width, height].every(Number.isFinite) || width <= 0 || height <= 0)
    return `its box has no area (x ${x}, y ${y}, width ${width}, height ${height} px).`;
  const edges = [
    x < -TOLERANCE_PX && `left edge (x ${x} px)`,
    y < -TOLERANCE_PX && `top edge (y ${y} px)`,
    x + width > page.width + TOLERANCE_PX && `right edge (x ${x} + width ${width} > ${page.width} px)`,
    y + height > page.height + TOLERANCE_PX && `bottom edge (y ${y} + height ${height} > ${page.height} px)`,
  ].filter(Boolean);
  if (edges.length > 0) return `its box crosses the page's ${edges.join(' and ')}.`;
  const smallest = SMALLEST_PX[field.kind];
  if (height < smallest || width < smallest)
    return `its box is too small to ${field.kind === 'checkbox' ? 'tick' : 'type in'} (${width} × ${height} px; at least ${smallest} × ${smallest} px).`;
  return undefined;
}
