/**
 * Where the chapters live. `GUIDE_CONTENT_DIR` points the build at another folder: the tests
 * use it to build deliberately broken chapters, the benchmark to build a book many times longer.
 */
export function guideContentDir(env: Record<string, string | undefined> = process.env): string {
  return env['GUIDE_CONTENT_DIR'] ?? './content/guide';
}
