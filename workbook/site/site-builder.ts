import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { ADDRESS_WARNED_ENV } from '../../src/lib/site-address.ts';
import type { SiteBuildReply, SiteBuildRequest } from './site-build-messages.ts';

export interface SiteBuilder {
  /**
   * Builds the site into `outDir` with `env` set for that build; rejects with Astro's message.
   * `outDir` must be inside the project and new to this builder (see sharedModulesRisk).
   */
  build(outDir: string, env?: Record<string, string>): Promise<void>;
  /** Ends the builder's process, whatever it is doing. */
  close(): void;
}

const worker = path.join(import.meta.dirname, 'site-build-worker.ts');

/**
 * Starts the Node process that builds the site (site-build-worker.ts) and keeps it for every site
 * build `npm run build` makes, so the second starts warm. One build at a time. `signal` (Ctrl-C,
 * SIGTERM) kills it: nothing more is written to the build's folder.
 */
export function startSiteBuilder(root: string, signal: AbortSignal): SiteBuilder {
  const child: ChildProcess = fork(worker, {
    cwd: root,
    // build-book has printed the example-address warning once; the config would repeat it per build.
    env: { ...process.env, [ADDRESS_WARNED_ENV]: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    signal,
  });
  // Astro is silent; anything printed is a crash's last words, kept for the error message.
  let output = '';
  const keep = (chunk: Buffer) => {
    output = `${output}${chunk.toString()}`.slice(-16_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', () => {}); // an abort kills it on purpose; a failed build says why below
  const built = new Set<string>();

  return {
    build(outDir, env = {}) {
      signal.throwIfAborted();
      const folder = path.resolve(root, outDir);
      const risk = sharedModulesRisk(root, folder, built);
      if (risk) return Promise.reject(new Error(`site builder: ${risk}`));
      built.add(folder);
      return new Promise<void>((resolve, reject) => {
        const fail = (message: string) => {
          cleanup();
          reject(new FriendlyError(`The site build failed:\n${message.trim()}`));
        };
        const onReply = (reply: SiteBuildReply) => {
          cleanup();
          if (reply.ok) resolve();
          else fail(reply.message);
        };
        const onExit = (code: number | null) => {
          if (signal.aborted) {
            cleanup();
            reject(signal.reason as Error);
          } else fail(`${output}\nthe site builder exited with code ${code ?? 'none'}`);
        };
        const cleanup = () => {
          child.off('message', onReply);
          child.off('exit', onExit);
        };
        if (child.exitCode !== null || child.signalCode !== null) {
          onExit(child.exitCode);
          return;
        }
        child.on('message', onReply);
        child.on('exit', onExit);
        child.send({ outDir: folder, env } satisfies SiteBuildRequest);
      });
    },
    close() {
      child.kill();
    },
  };
}

/**
 * Why building into `folder` would give a wrong site, if it would. Astro writes a build's server
 * code into its output folder and imports it from there, unless that folder is outside the
 * project, where it uses one shared folder instead (astro/dist/core/build/common.js,
 * getOutDirWithinCwd). Node imports a module once per address, so a second build into the same
 * address in this process would run the first build's pages, with the first build's listing.
 */
export function sharedModulesRisk(root: string, folder: string, built: ReadonlySet<string>): string | undefined {
  const relative = path.relative(root, folder);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    return `${folder} is not inside the project (${root}): Astro would import its pages from a folder the builds share`;
  if (built.has(folder)) return `${folder} was built before in this process: its pages would be the last build's`;
  return undefined;
}
