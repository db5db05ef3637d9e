/**
 * @sparticuz/chromium's flags are tuned for one page per short-lived Lambda. We keep one
 * browser for many pages and contexts, so a few of them must go:
 * - `--single-process`: with a second browser context open, closing one context takes the whole
 *   browser down ("Target page, context or browser has been closed"; reproduced with Chromium
 *   153 and three contexts). Multi-process is also what the site's a11y tests need.
 * - `--disable-web-security`, `--allow-running-insecure-content`: the renderer relies on the
 *   same-origin policy; the book must never pull or post anything across origins.
 * - `--headless=...`: Playwright chooses the headless mode itself; a second, quoted value only
 *   confuses the command line.
 * - the GPU flags (`--in-process-gpu`, SwiftShader through ANGLE): they make the browser process
 *   composite every frame Paged.js's layout produces in software, which nothing here looks at;
 *   `--disable-gpu` (below) instead. A PDF is painted by the renderer's own print path either way:
 *   the same post-processed bytes, and 15–20 % less CPU per render (a Letter render 2.1 → 1.9 s).
 * `--no-zygote` and `--no-sandbox` stay: the bundled build needs them when run as root in CI.
 */
const UNSTABLE_OR_UNSAFE = [
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--headless',
  '--in-process-gpu',
  '--use-gl',
  '--use-angle',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** Quiet, offline, reproducible rendering: no update pings, no sync, no QUIC, no hinting, no GPU. */
export const RENDERING_ARGS: readonly string[] = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--font-render-hinting=none',
  '--disable-gpu',
];

export function chromiumArgs(recommended: readonly string[]): string[] {
  const kept = recommended.filter((arg) => !UNSTABLE_OR_UNSAFE.some((flag) => isFlag(arg, flag)));
  return [...new Set([...kept, ...RENDERING_ARGS])];
}

function isFlag(arg: string, flag: string): boolean {
  return arg === flag || arg.startsWith(`${flag}=`);
}
