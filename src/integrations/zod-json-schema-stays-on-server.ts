import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** zod's JSON Schema modules, as its schema types import them. */
const JSON_SCHEMA_MODULES = /\/(?:json-schema-processors|to-json-schema)\.js$/;
const STUB = '\0zod-json-schema-stub:';

/**
 * A Vite plugin: a page's scripts get zod without its JSON Schema generator. zod 4 wires
 * `.toJSONSchema()` into every schema type, so a page that validates an edition (the studio, the
 * print page) carried about a quarter of zod, 5 KB gzip of the studio's 38, that no script calls.
 * Server code (the CLI, the build, `astro sync`) keeps the whole of zod, and so does the dev
 * server, which bundles dependencies before plugins see them. Each export becomes a function that
 * says why it is missing (a table, an empty one), so a script that ever called one would fail
 * loudly; the names are read from the installed zod, so an upgrade cannot leave one out.
 */
export function zodJsonSchemaStaysOnServer(): Plugin {
  return {
    name: 'site:zod-json-schema-stays-on-server',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (options.ssr || !importer || !JSON_SCHEMA_MODULES.test(source)) return undefined;
      if (!importer.replaceAll('\\', '/').includes('/node_modules/zod/')) return undefined;
      return `${STUB}${path.resolve(path.dirname(importer), source)}`;
    },
    async load(id) {
      if (!id.startsWith(STUB)) return undefined;
      const real = (await import(pathToFileURL(id.slice(STUB.length)).href)) as Record<string, unknown>;
      return Object.entries(real)
        .map(([name, value]) => `export ${typeof value === 'function' ? stubFor(name) : `const ${name} = {};`}`)
        .join('\n');
    },
  };
}

/**
 * A factory of methods (`createToJSONSchemaMethod`) gives a method that throws, so reading a
 * schema's `~standard` still works; anything else throws when called.
 */
function stubFor(name: string): string {
  const missing = `throw new Error('zod.${name}: JSON Schema is not part of this site\\'s scripts (src/integrations/zod-json-schema-stays-on-server.ts)')`;
  return name.startsWith('create')
    ? `const ${name} = () => () => { ${missing}; };`
    : `const ${name} = () => { ${missing}; };`;
}
