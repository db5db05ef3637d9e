import { FriendlyError } from '../../src/lib/friendly-error.ts';

/** The one line a stopped build or CLI prints; nothing it was making is left behind. */
export const STOPPED_MESSAGE = 'Stopped; nothing was written.';

/** Ctrl-C or SIGTERM: not a failure of the book, so it is reported with one line and exit code 130. */
export class Stopped extends Error {
  override name = 'Stopped';
  constructor() {
    super(STOPPED_MESSAGE);
  }
}

/**
 * An AbortSignal for a command's whole run, aborted by Ctrl-C (SIGINT) or SIGTERM, in the manner of
 * vivliostyle-cli: every step takes the signal and checks it before starting work, so a stop
 * closes Chromium, removes temp files and writes nothing. A second signal exits at once.
 */
export function stopOnSignals(): AbortSignal {
  const controller = new AbortController();
  const stop = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort(new Stopped());
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}

/** Ends a command: exit code and one line for a person, no stack trace for a known failure. */
export function reportFailure(error: unknown): void {
  if (error instanceof Stopped) {
    console.error(error.message);
    process.exitCode = 130;
    return;
  }
  console.error(error instanceof FriendlyError ? error.message : error);
  process.exitCode = 1;
}

/**
 * The signal for one render: the caller's, and a time limit that fails with a message naming it.
 * `AbortSignal.timeout` keeps no timer alive once the render is over.
 */
export function withTimeLimit(signal: AbortSignal | undefined, ms: number, message: string): AbortSignal {
  const timeout = new AbortController();
  const timer = AbortSignal.timeout(ms);
  timer.addEventListener('abort', () => timeout.abort(new FriendlyError(message)), { once: true });
  return signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
}

/** Settles as `work` does, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  // Once the signal wins, `work` is stopped by whoever listens to the signal; its rejection is expected.
  work.catch(() => {});
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
