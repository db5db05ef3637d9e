import { getCollection, type CollectionEntry } from 'astro:content';

export type SafetySection = CollectionEntry<'safety'>;

/** The safety sections the site's "Support and safety" page shows (`in` names "web"), in their `order`. */
export async function getWebSafetySections(): Promise<SafetySection[]> {
  const sections = await getCollection('safety', (entry) => entry.data.in.includes('web'));
  return sections.sort((a, b) => a.data.order - b.data.order);
}
