import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The project's Astro config with a content cache of its own in `scratch`, returned as the path
 * to pass to `astro build --config`. Astro keeps the content layer's entries in its cache between
 * builds; a test build's entries left in the project's cache can fail the next real build.
 */
export function ownCacheConfig(scratch: string): string {
  const config = path.join(scratch, 'astro.config.mjs');
  const project = pathToFileURL(path.resolve('astro.config.mjs')).href;
  writeFileSync(
    config,
    `import config from ${JSON.stringify(project)};\nexport default { ...config, cacheDir: ${JSON.stringify(path.join(scratch, 'astro-cache'))} };\n`,
  );
  // Astro joins --config to the project's root, so it takes a relative path.
  return path.relative(process.cwd(), config);
}
