import { defineConfig } from 'vitest/config';

/**
 * Tests in four layers, one folder per layer, so each can run alone:
 * - `unit`: pure code, remark fixtures, PDF tools on tiny in-memory PDFs; no dist/, no Chromium.
 * - `site`: the built HTML in dist/ (`npm run build` first).
 * - `browser`: real Chromium on the built site.
 * - `pdf`: Paged.js renders, the CLI, the build, and the published PDFs.
 * The layers after `unit` launch Chromium or astro builds on a 2-core machine, one layer after
 * another, with room for a slow render. A browser or pdf file spends much of its time waiting (on a
 * spawned CLI, a page load, a file), so two files share the two cores. The whole-build tests
 * (`tests/pdf/build/`) are a layer of their own, one file at a time: a build takes the project's
 * build lock and every core.
 */
const BUILT = { testTimeout: 120_000, hookTimeout: 240_000 } as const;
const ONE_AT_A_TIME = { ...BUILT, fileParallelism: false } as const;
const TWO_AT_A_TIME = { ...BUILT, fileParallelism: true, maxWorkers: 2 } as const;

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
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...ONE_AT_A_TIME, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          ...TWO_AT_A_TIME,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'pdf',
          include: ['tests/pdf/**/*.test.ts'],
          exclude: ['tests/pdf/build/**'],
          ...TWO_AT_A_TIME,
          sequence: { groupOrder: 3 },
        },
      },
      {
        extends: true,
        test: {
          name: 'pdf-build',
          include: ['tests/pdf/build/**/*.test.ts'],
          ...ONE_AT_A_TIME,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
});
