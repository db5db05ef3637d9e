import { unsafeSvgReason } from './unsafe-svg.ts';

/**
 * A practice's logo as the edition carries it: a `data:` URL of a PNG, JPEG or SVG image, at most
 * 1 MB. The same checks hold on the command line, in the studio and wherever an edition value is
 * validated, so the print page only ever receives a logo that passed them. An address cannot hold
 * one (edition-query.ts skips it): the value is the file itself.
 */
export const logoLimits = { bytes: 1024 * 1024, label: '1 MB' } as const;

export const logoMediaTypes = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LogoMediaType = (typeof logoMediaTypes)[number];

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * What the file's first bytes say it is (never its name's extension): a PNG or JPEG by their
 * signatures, an SVG when its text opens, after an optional XML declaration, comments and doctype,
 * with an <svg> element.
 */
export function sniffLogoType(bytes: Uint8Array): LogoMediaType | undefined {
  if (pngSignature.every((byte, index) => bytes[index] === byte)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const prologue =
    /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>]/i;
  return prologue.test(head) ? 'image/svg+xml' : undefined;
}

/** Why these bytes cannot be a logo, in a few words; undefined when they can. */
export function logoBytesProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length > logoLimits.bytes)
    return `is ${megabytes(bytes.length)}; a logo may be at most ${logoLimits.label}: save it smaller, or as an SVG`;
  const type = sniffLogoType(bytes);
  if (type === undefined) return 'is not a PNG, JPEG or SVG image; export the logo as one of those';
  if (type === 'image/svg+xml') {
    const svg = new TextDecoder().decode(bytes);
    const reason = unsafeSvgReason(svg);
    if (reason) return `is an SVG with ${reason}, which a printed page must not hold; save it without`;
    // An image cannot use the book's bundled fonts: its text would print in whatever this computer has.
    if (/<(?:text|tspan|textPath)[\s>/]/i.test(svg))
      return 'is an SVG with live text, which would print in whatever font this computer has; save it with its text converted to outlines (paths)';
  }
  return undefined;
}

/** The bytes as the edition's data: URL, of the type they really are. */
export function logoDataUrl(bytes: Uint8Array): string {
  const type = sniffLogoType(bytes);
  if (type === undefined) throw new Error('logoDataUrl() needs bytes that passed logoBytesProblem()');
  return `data:${type};base64,${toBase64(bytes)}`;
}

/**
 * Why an edition's logo value cannot be printed; undefined when it can. The value must be a
 * base64 `data:` URL whose media type is the one its bytes really are, and whose bytes pass
 * logoBytesProblem (an SVG checked again here, so a value made by hand is held to the same rule).
 */
export function logoDataUrlProblem(value: string): string | undefined {
  const match = /^data:([a-z+/]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(value);
  if (!match) return 'is not a logo file read by this tool; give a PNG, JPEG or SVG file';
  const [, declared, base64] = match as unknown as [string, string, string];
  // Checked before decoding, so an oversized value is not decoded.
  if ((base64.length * 3) / 4 > logoLimits.bytes + 2)
    return `is more than ${logoLimits.label}; a logo may be at most ${logoLimits.label}`;
  const bytes = fromBase64(base64);
  const problem = logoBytesProblem(bytes);
  if (problem) return problem;
  if (sniffLogoType(bytes) !== declared) return 'says it is one kind of image and holds another; give the file itself';
  return undefined;
}

function megabytes(count: number): string {
  return `${(count / (1024 * 1024)).toFixed(1)} MB`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
