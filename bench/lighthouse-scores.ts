import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export type LighthouseResult =
  { path: string; scores: Record<LighthouseCategory, number> } | { path: string; error: string };

/**
 * Lighthouse's default (mobile) audit of each page, in the project's Chromium: launched as
 * every other browser here, with a debugging port Lighthouse connects to. Scores are 0–100.
 * A page Lighthouse cannot audit gets the reason instead of a score.
 */
export async function auditPages(origin: string, paths: readonly string[]): Promise<LighthouseResult[]> {
  const port = await freePort();
  const browser = await launchChromium({ extraArgs: [`--remote-debugging-port=${port}`] });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) results.push(await auditPage(new URL(path, origin).href, path, port));
    return results;
  } finally {
    await browser.close();
  }
}

async function auditPage(url: string, path: string, port: number): Promise<LighthouseResult> {
  try {
    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      logLevel: 'error',
      output: 'json',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (result === undefined) return { path, error: 'Lighthouse returned no result' };
    const { lhr } = result;
    if (lhr.runtimeError) return { path, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    const scores = {} as Record<LighthouseCategory, number>;
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (score === null || score === undefined) return { path, error: `no ${category} score` };
      scores[category] = Math.round(score * 100);
    }
    return { path, scores };
  } catch (error) {
    return { path, error: error instanceof Error ? error.message : String(error) };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
