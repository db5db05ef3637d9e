import { defineConfig } from 'vitest/config';

/**
 * Tests in four layers, one folder per layer, so each can run alone:
 * - `unit`: pure code, remark fixtures, PDF tools on tiny in-memory PDFs; no dist/, no Chromium.
 * - `site`: the built HTML in dist/ (`npm run build` first).
 * - `browser`: real Chromium on the built site.
 * - `pdf`: Paged.js renders, the CLI, the build, and the published PDFs.
 * The three layers after `unit` launch Chromium or astro builds on a 2-core machine, so they run
 * one file at a time, one layer after another, with room for a slow render.
 */
const BUILT = { testTimeout: 120_000, hookTimeout: 240_000, fileParallelism: false } as const;

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 10_000,
          hookTimeout: 10_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...BUILT, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...BUILT, sequence: { groupOrder: 2 } },
      },
      {
        extends: true,
        test: {
          name: 'pdf',
          include: ['tests/pdf/**/*.test.ts'],
          ...BUILT,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
