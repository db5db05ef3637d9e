import { readFileSync } from 'node:fs';
import path from 'node:path';

interface HeaderRule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file (Netlify / Cloudflare Pages: a path pattern on its own line, then indented
 * `Name: value` lines; `*` matches anything) and returns the headers for a path from the folder's
 * root, so the loopback server sends what the static host would.
 */
export function parseHeadersFile(text: string): (pathname: string) => Record<string, string> {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return (pathname) =>
    Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers)) as Record<
      string,
      string
    >;
}

/** The headers of `dir/_headers`, or none when the folder has no such file. */
export function readHeadersFile(dir: string): (pathname: string) => Record<string, string> {
  try {
    return parseHeadersFile(readFileSync(path.join(dir, '_headers'), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return () => ({});
    throw error;
  }
}
