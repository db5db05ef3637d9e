import { printPagePath, standardEditions } from '../workbook/edition/standard-editions.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { measureFloor } from './print-floor.ts';

const FLOOR_TIMEOUT_MS = 2 * 60_000;

/**
 * The sum of the native floors of every edition `npm run build` renders, seconds: the least
 * Chromium could spend printing what the build prints. Every edition of one paper is its print
 * page with settings applied (printPagePath takes the paper alone), so each paper's page is printed
 * once, in a browser of its own, and counted once per edition on it.
 */
export async function timeBuildFloors(siteDir: string): Promise<{ seconds: number; editions: number }> {
  const server = await serveDirectory(siteDir);
  try {
    const floorOf = new Map<string, number>();
    for (const edition of standardEditions) {
      const page = printPagePath(edition.options);
      if (!floorOf.has(page))
        floorOf.set(page, (await measureFloor(new URL(page, server.url).href, FLOOR_TIMEOUT_MS)).seconds);
    }
    const seconds = standardEditions.reduce((sum, edition) => sum + floorOf.get(printPagePath(edition.options))!, 0);
    return { seconds, editions: standardEditions.length };
  } finally {
    await server.close();
  }
}
