import { FriendlyError } from '../../src/lib/friendly-error.ts';

/** Per-edition time limit; `WORKBOOK_RENDER_TIMEOUT_MS` raises it on a slow machine (or lowers it in a test). */
export function renderTimeoutMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = Number(env['WORKBOOK_RENDER_TIMEOUT_MS'] ?? 120_000);
  if (!Number.isFinite(value) || value <= 0)
    throw new FriendlyError('WORKBOOK_RENDER_TIMEOUT_MS must be a positive number of milliseconds.');
  return value;
}
