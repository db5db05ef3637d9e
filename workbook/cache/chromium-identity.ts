import { stat } from 'node:fs/promises';
import { findChromium, type ChromiumLookup } from '../browser/find-chromium.ts';

/** Which Chromium would render: its source, its executable, and that file's size and time. */
export interface ChromiumIdentity {
  source: string;
  executablePath: string;
  bytes: number;
  modified: number;
}

/**
 * Identifies the browser without starting it (starting it to ask its version costs a second a
 * build): the executable the renderer would launch, with its size and modification time, which
 * change when it is replaced or updated. The pinned @sparticuz/chromium version is part of the
 * renderer's packages (render-inputs.ts).
 */
export async function chromiumIdentity(lookup?: Partial<ChromiumLookup>): Promise<ChromiumIdentity> {
  const { executablePath, source } = await findChromium(lookup);
  const { size, mtimeMs } = await stat(executablePath);
  return { source, executablePath, bytes: size, modified: mtimeMs };
}
