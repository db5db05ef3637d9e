import { mkdir } from 'node:fs/promises';
import type { Edition } from '../edition/standard-editions.ts';
import type { RenderedEdition } from '../render/render-edition.ts';
import { loadEntry, pruneEntries, saveOrWarn } from './entry-store.ts';
import { cachedRenderSchema } from './rendered-edition-schema.ts';

export interface RenderThroughCacheOptions {
  editions: readonly Edition[];
  /** The key each edition's PDF is stored under (render-key.ts). */
  keyOf: (edition: Edition) => string;
  /** The folder of stored renders; entries for keys this call does not use are removed from it. */
  folder: string;
  /** Renders the editions that are not stored (never called with none). */
  render: (editions: readonly Edition[]) => Promise<RenderedEdition[]>;
  /** Told when a stored render is damaged and renders again. */
  onDamaged?: (edition: Edition, reason: string) => void;
  signal?: AbortSignal;
}

export interface RendersFromCache {
  /** Every edition's result, in the order of `editions`. */
  results: RenderedEdition[];
  /** The editions whose stored render was used, by name, in order. */
  reused: string[];
}

/**
 * Uses the stored render of every edition whose key is in the cache, renders the others in one
 * call, stores them, and drops the entries no edition asked for (so the cache holds one build's
 * renders, not every build's). A damaged entry is never used: the edition renders again.
 */
export async function renderThroughCache(options: RenderThroughCacheOptions): Promise<RendersFromCache> {
  const { editions, keyOf, folder } = options;
  await mkdir(folder, { recursive: true });
  const stored = new Map<Edition, RenderedEdition>();
  for (const edition of editions) {
    const entry = await loadEntry(folder, keyOf(edition), cachedRenderSchema);
    if (entry.status === 'hit') stored.set(edition, { ...entry.value, edition });
    else if (entry.status === 'damaged') options.onDamaged?.(edition, entry.reason);
  }
  const missing = editions.filter((edition) => !stored.has(edition));
  const rendered = missing.length > 0 ? await options.render(missing) : [];
  for (const result of rendered) {
    const { edition, ...value } = result;
    await saveOrWarn(folder, keyOf(edition), value, options.signal);
  }
  await pruneEntries(folder, new Set(editions.map(keyOf)));
  const fresh = new Map(rendered.map((result) => [result.edition.name, result]));
  return {
    results: editions.map((edition) => {
      const result = stored.get(edition) ?? fresh.get(edition.name);
      if (!result) throw new Error(`no render came back for the ${edition.name} edition`);
      return result;
    }),
    reused: editions.filter((edition) => stored.has(edition)).map((edition) => edition.name),
  };
}
