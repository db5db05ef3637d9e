import { readLogo } from '../../logo/read-logo.ts';
import type { SvgDom } from '../../logo/sanitize-svg.ts';

/*
 * The studio's reader for a chosen logo file, loaded by image-input.ts only when a file is chosen:
 * most counselors never add a logo, so the first visit does not carry the reader or the sanitiser.
 */

/** The browser's own XML parser: the same sanitiser as the CLI, with a real DOM. */
const browserSvgDom: SvgDom = {
  parse(text) {
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    return parsed.querySelector('parsererror') ? undefined : parsed.documentElement;
  },
  serialize: (root) => new XMLSerializer().serializeToString(root),
};

/** The file read on this device, checked and an SVG sanitised as the CLI does. */
export async function readLogoFile(file: File): Promise<{ dataUrl: string } | { problem: string }> {
  return readLogo(new Uint8Array(await file.arrayBuffer()), browserSvgDom);
}
