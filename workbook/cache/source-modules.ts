import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `import … from '…'`, `export … from '…'`, `import('…')` and `import '…'`. */
const IMPORT = /\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g;

export interface SourceModules {
  /** The project's own source files the entries reach, relative to `root`, in sorted order. */
  files: string[];
  /** The npm packages they import, each with its installed version. */
  packages: Record<string, string>;
}

/**
 * The code that runs when the `entries` run: their own files and every project file they import,
 * followed through relative imports, and the installed version of each package they import.
 * Any change to a file here, or a package upgrade, can change what they produce.
 */
export function sourceModules(root: string, entries: readonly string[]): SourceModules {
  const files = new Set<string>();
  const packages: Record<string, string> = {};
  const pending = entries.map((entry) => path.resolve(root, entry));
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    const relative = path.relative(root, file);
    if (files.has(relative)) continue;
    files.add(relative);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        // A quoted path in a comment that names no file cannot run.
        if (existsSync(target)) pending.push(target);
      } else if (!specifier.startsWith('node:')) {
        const name = packageName(specifier);
        packages[name] ??= installedVersion(root, name);
      }
    }
  }
  return { files: [...files].sort(), packages: Object.fromEntries(Object.entries(packages).sort()) };
}

/** `pdfjs-dist/legacy/build/pdf.mjs` → `pdfjs-dist`; `@sparticuz/chromium` stays whole. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/** The version of package `name` installed under `root`. */
export function installedVersion(root: string, name: string): string {
  const manifest = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return 'not installed';
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}
