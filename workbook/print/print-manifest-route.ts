import type { APIRoute } from 'astro';
import { book } from '../../src/lib/book.ts';
import { getChapters } from '../../src/lib/chapters.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';

/** /workbook/print/book.json: what the print page must hold; see contracts/print-manifest.ts. */
export const GET: APIRoute = async () => {
  const chapters = await getChapters();
  const manifest: PrintManifest = {
    title: book.title,
    language: book.language,
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title,
      ...(chapter.number === undefined ? {} : { number: chapter.number }),
      articleText: chapter.articleText,
      prompts: chapter.workbook.prompts.map(({ id, for: audience, text }) => ({ id, for: audience, text })),
      exercises: chapter.workbook.exercises.map(({ id, title, blocks }) => ({ id, title, blocks })),
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
