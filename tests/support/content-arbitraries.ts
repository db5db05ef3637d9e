import fc from 'fast-check';
import { audiences } from '../../src/lib/readers.ts';
import { anyText } from './arbitraries.ts';

/**
 * Content generated valid from the schemas' rules (src/schemas/), then broken in one way a writer
 * might break it: a field missing, of the wrong type, unknown, or out of range.
 */

export type Props = Record<string, unknown>;
export interface Mutated {
  props: Props;
  /** The field the message must name. */
  field: string;
}

export const words = fc
  .string({ unit: fc.constantFrom(...'abcdefghij klmnopqrstuvwxyz ABC’,.?-'.split('')), minLength: 1, maxLength: 40 })
  .map((text) => `A${text}`.trim());
export const audience = fc.constantFrom(...audiences);
export const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
/** An attribute name no schema knows. */
export const unknownKey = (known: readonly string[]) =>
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,12}$/).filter((key) => !known.includes(key));

/** Values of every type but the one expected. */
export const notAString = fc.oneof(fc.integer(), fc.boolean());
export const notANumber = fc.oneof(words, fc.boolean());

export function mutate(
  valid: fc.Arbitrary<Props>,
  rules: {
    required: readonly string[];
    known: readonly string[];
    wrongType: Record<string, fc.Arbitrary<unknown>>;
    outOfRange: Record<string, fc.Arbitrary<unknown>>;
  },
): fc.Arbitrary<Mutated> {
  const wrongFields = Object.keys(rules.wrongType);
  const rangeFields = Object.keys(rules.outOfRange);
  return fc.oneof(
    fc.tuple(valid, fc.constantFrom(...rules.required)).map(([props, field]) => {
      const rest = { ...props };
      delete rest[field];
      return { props: rest, field };
    }),
    fc.tuple(valid, fc.constantFrom(...wrongFields)).chain(([props, field]) =>
      (rules.wrongType[field] as fc.Arbitrary<unknown>).map((value) => ({
        props: { ...props, [field]: value },
        field,
      })),
    ),
    fc.tuple(valid, fc.constantFrom(...rangeFields)).chain(([props, field]) =>
      (rules.outOfRange[field] as fc.Arbitrary<unknown>).map((value) => ({
        props: { ...props, [field]: value },
        field,
      })),
    ),
    fc
      .tuple(valid, unknownKey(rules.known), words)
      .map(([props, key, value]) => ({ props: { ...props, [key]: value }, field: key })),
  );
}

export const validChapter: fc.Arbitrary<Props> = fc.record(
  {
    title: words,
    order: fc.integer({ min: 1, max: 1000 }),
    summary: words,
    part: words,
    unnumbered: fc.boolean(),
  },
  { requiredKeys: ['title', 'order', 'summary'] },
);

export const chapterFields = ['title', 'order', 'summary', 'part', 'unnumbered'];
export const brokenChapter = fc.oneof(
  mutate(validChapter, {
    required: ['title', 'order', 'summary'],
    known: chapterFields,
    wrongType: {
      title: notAString,
      order: notANumber,
      summary: notAString,
      part: notAString,
      unnumbered: fc.oneof(words, fc.integer()),
    },
    outOfRange: {
      order: fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 0.1, max: 99, noInteger: true })),
      summary: fc.string({ minLength: 201, maxLength: 400 }).map((text) => `A${text}Z`),
      title: fc.constantFrom('', '   ', '\t\n'),
    },
  }),
  // Keys of any text: what a typo or a paste leaves in YAML.
  fc
    .tuple(
      validChapter,
      anyText.filter((key) => !chapterFields.includes(key) && key !== '__proto__'),
    )
    .map(([props, key]) => ({
      props: { ...props, [key]: 1 },
      field: key,
    })),
);
