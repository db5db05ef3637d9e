import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** What a project is besides its book: the code, its configuration, the public files. */
const projectFiles = ['src', 'workbook', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of this project in `folder` with another book in content/ (`content`), as someone
 * starting a new book would make it: the code unchanged, the content replaced. Its node_modules
 * links to this project's packages one by one, so its caches (Astro's, Vite's, the render cache)
 * are its own and never touch this project's. Returns the copy's root.
 */
export function projectWithBook(folder: string, content: string): string {
  for (const file of projectFiles) cpSync(path.join(root, file), path.join(folder, file), { recursive: true });
  cpSync(content, path.join(folder, 'content'), { recursive: true });
  const modules = path.join(folder, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(root, 'node_modules'))) {
    if (['.cache', '.astro', '.vite', '.vite-temp', '.vitest-cache'].includes(entry)) continue;
    symlinkSync(path.join(root, 'node_modules', entry), path.join(modules, entry));
  }
  return folder;
}
