import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Dependencies point one way, toward the ground floor: src/ (the site, the book's schemas) never
 * imports workbook/ (ESLint refuses it too), and no folder of workbook/ imports one that leads
 * back to it. Read from the files' import specifiers, so a moved file cannot slip past.
 */
const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro|mjs)$/.test(file))
    .map((file) => path.join(folder, file));
}

/** "src" for the site; "workbook/<folder>" (or "workbook" for its top-level files) for the workbook. */
function roomOf(file: string): string {
  const [top, second, third] = file.split(path.sep);
  if (top === 'src') return 'src';
  return third === undefined ? 'workbook' : `workbook/${second}`;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)].map((match) =>
    path.normalize(path.join(path.dirname(file), match[1]!.replace(/\?.*$/, ''))),
  );
}

const files = [...sourceFiles('src'), ...sourceFiles('workbook')];
const edges = new Map<string, Set<string>>();
const where = new Map<string, string>();
for (const file of files) {
  for (const target of importsOf(file)) {
    if (!/^(src|workbook)[/\\]/.test(target)) continue;
    const [from, to] = [roomOf(file), roomOf(target)];
    if (from === to) continue;
    edges.set(from, (edges.get(from) ?? new Set()).add(to));
    where.set(`${from} -> ${to}`, `${file} imports ${target}`);
  }
}

/** Every cycle of rooms, as "a -> b -> a", found by depth-first search. */
function cycles(): string[] {
  const found = new Set<string>();
  const walk = (room: string, trail: string[]) => {
    for (const next of edges.get(room) ?? []) {
      const start = trail.indexOf(next);
      if (start >= 0) found.add([...trail.slice(start), next].join(' -> '));
      else walk(next, [...trail, next]);
    }
  };
  for (const room of edges.keys()) walk(room, [room]);
  return [...found];
}

describe('import direction', () => {
  it('reads the imports of the site and the workbook', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(edges.get('workbook/print')?.has('src')).toBe(true);
  });

  it('src/ imports nothing from workbook/', () => {
    const upward = [...(edges.get('src') ?? [])].map((to) => where.get(`src -> ${to}`));
    expect(upward).toEqual([]);
  });

  it('no folder of workbook/ imports one that imports it back', () => {
    const found = cycles().map((cycle) => {
      const [from, to] = cycle.split(' -> ');
      return `${cycle} (${where.get(`${from} -> ${to}`)})`;
    });
    expect(found).toEqual([]);
  });
});
