import type { FormFieldBox } from '../contracts/form-fields.ts';

/** A field's writing area: its name less a page fragment's number (print/writing-areas.ts). */
export function areaOf(field: Pick<FormFieldBox, 'name'>): string {
  return field.name.replace(/\.\d+$/, '');
}

/**
 * Compares a fillable render's fields with the writing areas its edition must have
 * (guard/fillable-expectations.ts): each area once, its page fragments numbered from 1 without
 * a gap, nothing else; every field with a tooltip and a box on its page. One line per problem.
 */
export function checkFormFields(
  fields: readonly FormFieldBox[],
  expected: readonly string[],
  pageSize: { width: number; height: number },
): string[] {
  const fragments = new Map<string, number[]>();
  for (const field of fields) {
    const area = areaOf(field);
    const numbers = fragments.get(area) ?? [];
    const fragment = /\.(\d+)$/.exec(field.name)?.[1];
    numbers.push(fragment === undefined ? 1 : Number(fragment));
    fragments.set(area, numbers);
  }
  const wanted = new Set(expected);
  const problems = [
    ...[...wanted].filter((area) => !fragments.has(area)).map((area) => `no field for ${area}`),
    ...[...fragments.keys()]
      .filter((area) => !wanted.has(area))
      .map((area) => `a field no writing area needs: ${area}`),
    ...[...fragments].flatMap(([area, numbers]) =>
      numbers.every((number, index) => number === index + 1) ? [] : [`${area}: fields ${numbers.join(', ')}`],
    ),
  ];
  for (const field of fields) {
    const { x, y, width, height } = field.rect;
    if (!field.tooltip.trim()) problems.push(`${field.name} has no tooltip`);
    if (x < 0 || y < 0 || width <= 0 || height <= 0 || x + width > pageSize.width || y + height > pageSize.height)
      problems.push(`${field.name} is not inside page ${field.page}`);
  }
  return problems;
}
