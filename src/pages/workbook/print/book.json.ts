import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { book } from '../../../lib/book.ts';
import { getChapters } from '../../../lib/chapters.ts';
import type { PrintManifest } from '../../../../workbook/print-manifest.ts';

/** The print source's table of what it must hold; see workbook/print-manifest.ts. */
export const GET: APIRoute = async () => {
  const chapters = await getChapters();
  const safety = (await getCollection('safety', (entry) => entry.data.print)).sort(
    (a, b) => a.data.order - b.data.order,
  );
  const manifest: PrintManifest = {
    title: book.title,
    discreetTitle: book.discreetTitle,
    language: book.language,
    safety: safety.map((entry) => ({ id: entry.id, title: entry.data.title })),
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title,
      ...(chapter.number === undefined ? {} : { number: chapter.number }),
      articleText: chapter.articleText,
      prompts: chapter.workbook.prompts.map(({ id, for: audience, text }) => ({ id, for: audience, text })),
      exercises: chapter.workbook.exercises.map(({ id, for: audience, title, blocks }) => ({
        id,
        for: audience,
        title,
        blocks,
      })),
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
