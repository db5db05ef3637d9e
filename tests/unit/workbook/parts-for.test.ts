import { describe, expect, it } from 'vitest';
import type { PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import { editionSchemaFor, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';
import { coreSlots } from '../../../workbook/render/core-slots.ts';
import {
  PARTS_FROM_CHARACTERS,
  partsFor,
  partsInTurn,
  partsRule,
  printedCharacters,
} from '../../../workbook/render/parts-for.ts';
import { fixtureManifest } from '../../support/fixture-manifest.ts';

function chapter(id: string, number?: number): PrintManifest['chapters'][number] {
  return {
    id,
    title: `Title of ${id}`,
    ...(number === undefined ? {} : { number }),
    articleText: [`Text of ${id}.`],
    prompts: [{ id: `${id}-prompt-1`, for: 'both', text: `A prompt of ${id}.` }],
    exercises: [],
  };
}

const manifest = fixtureManifest([
  chapter('introduction'),
  chapter('pain', 1),
  chapter('owning', 2),
  chapter('talking', 3),
]);
const edition = (input: Record<string, unknown> = {}): EditionOptions =>
  editionSchemaFor({ chapterCount: 3 }).parse(input);

describe('partsRule', () => {
  it('is one part per core, and at least two, for a long book only', () => {
    expect(partsRule({}, 8)).toEqual({ limit: 8, fromCharacters: PARTS_FROM_CHARACTERS });
    expect(partsRule({}, 1)).toEqual({ limit: 2, fromCharacters: PARTS_FROM_CHARACTERS });
  });

  it('is what WORKBOOK_PARTS says, 1 included, for a book of any length', () => {
    expect(partsRule({ WORKBOOK_PARTS: '1' }, 8)).toEqual({ limit: 1, fromCharacters: 0 });
    expect(partsRule({ WORKBOOK_PARTS: '5' }, 2)).toEqual({ limit: 5, fromCharacters: 0 });
  });

  it.each(['0', '-2', '1.5', 'two'])('refuses WORKBOOK_PARTS=%s in one line naming it', (value) => {
    expect(() => partsRule({ WORKBOOK_PARTS: value }, 2)).toThrow(
      `WORKBOOK_PARTS must be a whole number of parts, 1 or more (it is "${value}").`,
    );
  });
});

const anyLength = (limit: number) => ({ limit, fromCharacters: 0 });

describe('partsFor', () => {
  it('cuts a book into as many parts as allowed, up to one per chapter', () => {
    expect(partsFor(edition(), manifest, anyLength(2))).toBe(2);
    expect(partsFor(edition(), manifest, anyLength(16))).toBe(4);
  });

  it('keeps an edition of one chapter whole, and one of two in two', () => {
    expect(partsFor(edition(), fixtureManifest([chapter('introduction')]), anyLength(4))).toBe(1);
    expect(partsFor(edition({ chapters: '2' }), manifest, anyLength(4))).toBe(2);
  });

  it('keeps a handout whole: its chapters flow on, left or right', () => {
    expect(partsFor(edition({ promptsOnly: true }), manifest, anyLength(4))).toBe(1);
  });

  it("keeps a short book whole, and cuts one from the rule's length on", () => {
    const length = printedCharacters(manifest.chapters);
    expect(partsFor(edition(), manifest, { limit: 4, fromCharacters: length + 1 })).toBe(1);
    expect(partsFor(edition(), manifest, { limit: 4, fromCharacters: length })).toBe(4);
  });

  it('measures the chapters the edition prints, not the whole book', () => {
    const whole = printedCharacters(manifest.chapters);
    expect(partsFor(edition({ chapters: '2' }), manifest, { limit: 4, fromCharacters: whole })).toBe(1);
  });
});

describe('printedCharacters', () => {
  it('counts the article, the prompts and the exercises, titles and blocks', () => {
    const withExercise = {
      ...chapter('pain', 1),
      exercises: [
        {
          id: 'pain-exercise',
          for: 'both' as const,
          title: 'Ten',
          blocks: ['Seven', 'Four'],
          layout: 'lines' as const,
        },
      ],
    };
    // "Text of pain." 13 + "A prompt of pain." 17 + 3 + 5 + 4
    expect(printedCharacters([withExercise])).toBe(42);
  });
});

describe('partsInTurn', () => {
  it('renders an edition whole while enough others wait to fill every slot', () => {
    expect(partsInTurn(2, 10, 3)).toBe(1);
    expect(partsInTurn(2, 3, 3)).toBe(1);
    expect(partsInTurn(2, 2, 3)).toBe(1);
  });

  it('cuts the last ones into parts, as many as the slots they share allow', () => {
    expect(partsInTurn(2, 1, 3)).toBe(2);
    expect(partsInTurn(8, 1, 9)).toBe(8);
    expect(partsInTurn(8, 2, 9)).toBe(4);
    expect(partsInTurn(8, 4, 9)).toBe(2);
  });

  it('never cuts a book more than it can be cut', () => {
    expect(partsInTurn(1, 1, 9)).toBe(1);
  });
});

describe('coreSlots', () => {
  /** Runs jobs of the given weights, each holding its slots until released; records how many slots were busy. */
  function schedule(capacity: number, weights: number[]) {
    const slots = coreSlots(capacity);
    const started: number[] = [];
    const release: (() => void)[] = [];
    let busy = 0;
    let most = 0;
    const done = weights.map((weight, index) =>
      slots.run(weight, async () => {
        started.push(index);
        busy += Math.min(weight, capacity);
        most = Math.max(most, busy);
        await new Promise<void>((resolve) => (release[index] = resolve));
        busy -= Math.min(weight, capacity);
      }),
    );
    return { started, release, done, most: () => most };
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('never runs more parts at once than it has slots, and lets a lighter render fill a gap', async () => {
    const run = schedule(3, [2, 2, 1, 2]);
    await tick();
    // The second two-part render waits for its two slots; the one-part handout takes the third.
    expect(run.started).toEqual([0, 2]);
    run.release[0]?.();
    await tick();
    expect(run.started).toEqual([0, 2, 1]);
    run.release[2]?.();
    run.release[1]?.();
    await tick();
    expect(run.started).toEqual([0, 2, 1, 3]);
    run.release[3]?.();
    await Promise.all(run.done);
    expect(run.most()).toBe(3);
  });

  it('starts the next render as soon as one joined its parts and keeps a single slot', async () => {
    const slots = coreSlots(3);
    const started: string[] = [];
    let joined = () => {};
    let finish = () => {};
    const first = slots.run(2, async (keepOne) => {
      started.push('first');
      await new Promise<void>((resolve) => (joined = resolve));
      keepOne();
      keepOne();
      await new Promise<void>((resolve) => (finish = resolve));
    });
    let release = () => {};
    const second = slots.run(2, async () => {
      started.push('second');
      await new Promise<void>((resolve) => (release = resolve));
    });
    const third = slots.run(2, () => {
      started.push('third');
      return Promise.resolve();
    });
    await tick();
    expect(started).toEqual(['first']);
    joined();
    await tick();
    // One slot kept by the first (however often it says so), two for the second; the third waits.
    expect(started).toEqual(['first', 'second']);
    finish();
    release();
    await Promise.all([first, second, third]);
    expect(started).toEqual(['first', 'second', 'third']);
  });

  it('runs a render of more parts than slots alone, in all of them', async () => {
    const run = schedule(3, [5, 1]);
    await tick();
    expect(run.started).toEqual([0]);
    run.release[0]?.();
    await tick();
    expect(run.started).toEqual([0, 1]);
    run.release[1]?.();
    await Promise.all(run.done);
  });
});
