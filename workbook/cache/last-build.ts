import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { z } from 'astro/zod';
import { canonicalJson, sha256 } from './digest.ts';
import { readRecord, writeRecord } from './json-record.ts';

const run = promisify(execFile);

/**
 * Environment variables that can change what a build makes: the address and date, the site
 * build's own (Astro, Vite and the public ones they expose), which browser renders, and the
 * renderer's settings.
 */
const BUILD_ENV = /^(SITE_URL|SOURCE_DATE_EPOCH|NODE_ENV|CHROME_PATH|(ASTRO|VITE|PUBLIC|WORKBOOK)_.*)$/;

/** What the last finished build was made from, and what it left in dist/. */
const lastBuildSchema = z.object({ inputs: z.string(), dist: z.string() });
export type LastBuild = z.infer<typeof lastBuildSchema>;

/**
 * The digest of everything a build is made from: every file git sees in the project (tracked or
 * new, not ignored; the content, the site, the workbook, the config), the `.env` files Vite
 * reads although git ignores them, the installed packages (npm's record of node_modules), the
 * environment variables above, Node's version, and `extra` (the build date, the browser).
 * Undefined outside a git checkout, where the files cannot be listed this way: such a build is
 * never taken as unchanged.
 */
export async function buildInputsDigest(root: string, extra: unknown): Promise<string | undefined> {
  let listed: string;
  try {
    ({ stdout: listed } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch {
    return undefined;
  }
  const envFiles = (await readdir(root)).filter((name) => name.startsWith('.env'));
  const files = [...new Set([...listed.split('\0').filter(Boolean), ...envFiles, 'node_modules/.package-lock.json'])];
  const digests = await Promise.all(
    files.sort().map(async (file) => [file, await readFile(path.join(root, file)).then(sha256, () => 'absent')]),
  );
  const env = Object.entries(process.env).filter(([name]) => BUILD_ENV.test(name));
  return sha256(canonicalJson({ files: digests, env: Object.fromEntries(env), node: process.version, extra }));
}

/** The digest of every file under `dir` (paths and bytes), or undefined when there is no such folder. */
export async function folderDigest(dir: string): Promise<string | undefined> {
  let files: string[];
  try {
    files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return undefined;
  }
  const digests = await Promise.all(files.map(async (file) => [file, sha256(await readFile(path.join(dir, file)))]));
  return sha256(canonicalJson(digests));
}

export async function readLastBuild(file: string): Promise<LastBuild | undefined> {
  return readRecord(file, lastBuildSchema);
}

export async function writeLastBuild(file: string, record: LastBuild): Promise<void> {
  await writeRecord(file, record);
}
