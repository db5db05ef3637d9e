import { FriendlyError } from '../../src/lib/friendly-error.ts';

export interface TimeLimit {
  /** Rejects with `message` after `ms`; already marked as handled. */
  readonly expired: Promise<never>;
  clear(): void;
}

export function timeLimit(ms: number, message: string): TimeLimit {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FriendlyError(message)), ms);
  });
  expired.catch(() => {});
  return { expired, clear: () => clearTimeout(timer) };
}
