import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { book } from '../../src/lib/book.ts';
import { getChapters } from '../../src/lib/chapters.ts';
import { siteAddress } from '../../src/lib/site.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';

/** /workbook/print/book.json: what the print page must hold; see contracts/print-manifest.ts. */
export const GET: APIRoute = async () => {
  const chapters = await getChapters();
  const safety = (await getCollection('safety', (entry) => entry.data.in.includes('print'))).sort(
    (a, b) => a.data.order - b.data.order,
  );
  const manifest: PrintManifest = {
    base: siteAddress.base,
    title: book.title,
    discreetTitle: book.discreetTitle,
    language: book.language,
    safety: safety.map((entry) => ({ id: entry.id, title: entry.data.title })),
    chapters: chapters.map((chapter) => ({
      id: chapter.id,
      title: chapter.title,
      ...(chapter.number === undefined ? {} : { number: chapter.number }),
      articleText: chapter.articleText,
      prompts: chapter.workbook.prompts.map(({ id, for: audience, text, ownCopyOnly }) => ({
        id,
        for: audience,
        text,
        ...(ownCopyOnly ? { ownCopyOnly } : {}),
      })),
      exercises: chapter.workbook.exercises.map(
        ({ id, for: audience, title, blocks, layout, table, items, ownCopyOnly }) => ({
          id,
          for: audience,
          title,
          blocks,
          layout,
          ...(table ? { table: { columns: table.columns.length, rows: table.rows } } : {}),
          ...(items === undefined ? {} : { items }),
          ...(ownCopyOnly ? { ownCopyOnly } : {}),
        }),
      ),
    })),
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
