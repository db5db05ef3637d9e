/**
 * One status line for the editions being rendered at once: "letter 23 pages · a4 19 pages · 3.1 s".
 * Rewritten in place on a terminal; on CI (not a TTY) printed at most once a second.
 */
export function createProgress(names: readonly string[], stream: NodeJS.WriteStream = process.stdout) {
  const started = performance.now();
  const counts = new Map(names.map((name) => [name, 0]));
  let lastPrinted = 0;
  const line = () =>
    `${[...counts].map(([name, count]) => `${name} ${count} pages`).join(' · ')} · ${((performance.now() - started) / 1000).toFixed(1)} s`;
  return {
    update(name: string, pagesLaidOut: number): void {
      counts.set(name, pagesLaidOut);
      if (stream.isTTY) {
        stream.write(`\r${line()}`);
      } else if (performance.now() - lastPrinted > 1000) {
        lastPrinted = performance.now();
        stream.write(`${line()}\n`);
      }
    },
    done(): void {
      stream.write(stream.isTTY ? `\r${line()}\n` : `${line()}\n`);
    },
  };
}
