import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { logoDataUrl, logoDataUrlProblem, sniffLogoType } from '../../workbook/logo/logo-image.ts';
import { readLogo } from '../../workbook/logo/read-logo.ts';
import { nodeSvgDom } from '../../workbook/logo/node-svg-dom.ts';
import { hostileSvgLogo, jpegLogo, pngLogo, svgLogo, textSvgLogo } from '../support/logo-files.ts';

/*
 * A practice's logo (workbook/logo/): what the CLI and the studio accept, what an SVG keeps once
 * sanitised, and what is refused, with one line naming the setting and the reason.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const decodeDataUrl = (url: string) => atob(url.slice(url.indexOf(',') + 1));

function accepted(bytes: Uint8Array): string {
  const read = readLogo(bytes, nodeSvgDom);
  if ('problem' in read) throw new Error(`refused: ${read.problem}`);
  return read.dataUrl;
}

describe('a logo file', () => {
  it('is accepted as a PNG, a JPEG or an SVG, by its bytes, whatever its name', () => {
    expect(accepted(pngLogo())).toMatch(/^data:image\/png;base64,/);
    expect(accepted(jpegLogo)).toMatch(/^data:image\/jpeg;base64,/);
    const svg = accepted(encode(svgLogo));
    expect(svg).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(decodeDataUrl(svg)).toContain('fill="url(#g)"');
    expect(decodeDataUrl(svg)).toContain('<path id="leaf"');
  });

  it('loses every script, handler, outside reference and foreignObject of an SVG, and keeps the drawing', () => {
    const svg = decodeDataUrl(accepted(encode(hostileSvgLogo)));
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).not.toContain('tracker.example');
    expect(svg).toContain('<circle');
    expect(svg).toContain('href="#leaf"');
  });

  it('refuses a text file, and a file over 1 MB, each with one line naming the reason', () => {
    const text = readLogo(encode('Hope Counselling\nour logo is attached\n'), nodeSvgDom);
    expect(text).toEqual({ problem: 'is not a PNG, JPEG or SVG image; export the logo as one of those' });
    const big = new Uint8Array(5 * 1024 * 1024);
    big.set(pngLogo());
    expect(readLogo(big, nodeSvgDom)).toEqual({
      problem: 'is 5.0 MB; a logo may be at most 1 MB: save it smaller, or as an SVG',
    });
  });

  it('refuses an SVG with live text, which would print in a font of this computer, not the book’s', () => {
    expect(readLogo(encode(textSvgLogo), nodeSvgDom)).toEqual({
      problem:
        'is an SVG with live text, which would print in whatever font this computer has; save it with its text converted to outlines (paths)',
    });
  });

  it('is typed by its signature: a PNG named .svg is a PNG, HTML is not an SVG', () => {
    expect(sniffLogoType(pngLogo())).toBe('image/png');
    expect(sniffLogoType(encode('<!doctype html><html><svg></svg></html>'))).toBeUndefined();
    expect(sniffLogoType(encode('<!-- made by hand --><svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'image/svg+xml',
    );
  });
});

describe('the edition’s logo value', () => {
  const schema = editionSchemaFor({ chapterCount: 10 });
  const lines = (settings: Record<string, string>) => {
    const result = schema.safeParse(settings, { reportInput: true });
    return result.success ? '' : formatIssues('studio', result.error.issues);
  };

  it('takes a checked logo with its description, and asks for the description when it is missing', () => {
    const logo = logoDataUrl(pngLogo());
    expect(schema.parse({ logo, logoAlt: 'Hope Counselling: a green leaf' }).logo).toBe(logo);
    expect(lines({ logo })).toMatch(/^studio → logoAlt: is needed with a logo: [^\n]+$/);
  });

  it('refuses a value made by hand: an unsafe SVG, a type that lies, anything but a data: URL', () => {
    const hostile = `data:image/svg+xml;base64,${btoa(hostileSvgLogo)}`;
    expect(logoDataUrlProblem(hostile)).toMatch(/^is an SVG with a script, which a printed page must not hold/);
    const lying = logoDataUrl(pngLogo()).replace('image/png', 'image/jpeg');
    expect(logoDataUrlProblem(lying)).toMatch(/holds another/);
    expect(lines({ logo: 'https://example.org/logo.png', logoAlt: 'A leaf' })).toMatch(
      /^studio → logo: is not a logo file read by this tool; [^\n]+$/,
    );
  });
});
