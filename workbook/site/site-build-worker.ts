/**
 * The site builder's child process (site-builder.ts): runs `astro build` through Astro's own API,
 * once per request, in one Node process for the whole `npm run build`. The first build pays for
 * loading Astro, Vite and the MDX pipeline; the second, after the renders, starts warm (2.9 s
 * instead of 5 s here). The process is Astro's alone, so stopping a build is killing it.
 */
import type { SiteBuildReply, SiteBuildRequest } from './site-build-messages.ts';

const root = process.cwd();
// Loaded while the parent does other work, before the first request arrives.
const astro = import('astro');

process.on('message', (request: SiteBuildRequest) => {
  void buildSite(request).then((reply) => process.send?.(reply));
});

async function buildSite({ outDir, env }: SiteBuildRequest): Promise<SiteBuildReply> {
  // The pages read these when they are generated; they must not leak into the next build.
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    await (await astro).build({ root, outDir, logLevel: 'silent' });
    return { ok: true };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Astro's error as its CLI shows it: the message, where it happened, and its hint. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number }; hint?: string };
  const where = loc?.file ? `\n  in ${loc.file}${loc.line ? `:${loc.line}` : ''}` : '';
  return `${error.message}${where}${hint ? `\n  hint: ${hint}` : ''}`;
}
