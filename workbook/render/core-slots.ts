/**
 * A count of cores shared by renders that each take several: an edition laid out in three parts
 * keeps three renderer processes busy at once. `run(weight, work)` starts `work` once `weight`
 * slots are free (at most all of them) and frees them when it settles; `work` may give all but
 * one back earlier (`keepOne`), once its parts are joined and it prints in one page. Waiting work starts in
 * the order it asked, except that a lighter one may start in slots too few for the heavier one
 * ahead of it, so no core idles while a one-part handout waits.
 */
export interface CoreSlots {
  run<T>(weight: number, work: (keepOne: () => void) => Promise<T>): Promise<T>;
}

export function coreSlots(capacity: number): CoreSlots {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`coreSlots: ${capacity} is not a number of cores`);
  let free = capacity;
  const waiting: { weight: number; start: () => void }[] = [];
  const startWhatFits = () => {
    for (let index = 0; index < waiting.length && free > 0;) {
      const next = waiting[index]!;
      if (next.weight > free) {
        index += 1;
        continue;
      }
      waiting.splice(index, 1);
      free -= next.weight;
      next.start();
    }
  };
  return {
    async run(weight, work) {
      const taken = Math.max(1, Math.min(capacity, Math.ceil(weight)));
      await new Promise<void>((start) => {
        waiting.push({ weight: taken, start });
        startWhatFits();
      });
      let held = taken;
      const giveBack = (keep: number) => {
        free += held - keep;
        held = keep;
        startWhatFits();
      };
      try {
        return await work(() => giveBack(Math.min(held, 1)));
      } finally {
        giveBack(0);
      }
    },
  };
}
