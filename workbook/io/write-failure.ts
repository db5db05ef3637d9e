import path from 'node:path';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { escapeInput } from '../../src/lib/quote-input.ts';

/**
 * A write the machine refused (a full disk, a quota, a read-only or failing disk, no permission):
 * one line naming the file, the cause and what to do, instead of Node's error and stack. Every
 * caller writes to a temp file first and renames, so what was there before is still there.
 */
export class WriteFailed extends FriendlyError {
  override name = 'WriteFailed';
  /** The file that could not be written, and the system's code for why (ENOSPC…). */
  readonly file: string;
  readonly code: string;
  constructor(file: string, code: string, cause: string, fix: string) {
    super(`Could not write ${shownPath(file)}: ${cause} (${code}); ${fix}.`);
    this.file = file;
    this.code = code;
  }
}

const causes: Record<string, [cause: string, fix: string]> = {
  ENOSPC: ['the disk is full', 'free some space on it and run the command again'],
  EDQUOT: ['your disk quota is used up', 'free some space and run the command again'],
  EROFS: ['the disk is read-only', 'write to another folder'],
  EACCES: ['permission denied', 'check who owns that folder, or write to another one'],
  EPERM: ['permission denied', 'check who owns that folder, or write to another one'],
  EIO: ['the disk reported an error', 'check the disk, then run the command again'],
};

/** `error` as a WriteFailed when the machine refused the write of `file`; any other error as it was. */
export function writeFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : causes[code];
  return known && code ? new WriteFailed(file, code, ...known) : error;
}

function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return escapeInput(relative.startsWith('..') || path.isAbsolute(relative) ? file : relative, 200);
}
