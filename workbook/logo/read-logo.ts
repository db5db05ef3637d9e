import { logoBytesProblem, logoDataUrl, logoLimits, sniffLogoType } from './logo-image.ts';
import { sanitizeSvg, type SvgDom } from './sanitize-svg.ts';

/*
 * Reading a chosen file is apart from the checks in logo-image.ts: every edition value is checked
 * (the schema runs them), but only a counselor who chooses a logo needs the reader and the SVG
 * sanitiser, so the studio fetches this module on the first file chosen.
 */

/**
 * A logo file as the counselor gave it, made ready for the edition: checked for size and type, an
 * SVG sanitised (sanitize-svg.ts) and checked again. The problem, in a few words, or the data: URL.
 */
export function readLogo(bytes: Uint8Array, dom: SvgDom): { dataUrl: string } | { problem: string } {
  if (bytes.length > logoLimits.bytes || sniffLogoType(bytes) !== 'image/svg+xml') {
    const problem = logoBytesProblem(bytes);
    return problem ? { problem } : { dataUrl: logoDataUrl(bytes) };
  }
  const clean = sanitizeSvg(new TextDecoder().decode(bytes), dom);
  if (clean === undefined) return { problem: 'is not an SVG drawing this tool can read; save it again as SVG' };
  const cleanBytes = new TextEncoder().encode(clean);
  const problem = logoBytesProblem(cleanBytes);
  return problem ? { problem } : { dataUrl: logoDataUrl(cleanBytes) };
}
