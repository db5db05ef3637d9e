import { PNG } from 'pngjs';

/** A small solid-colour PNG, as a practice's logo might be. */
export function pngLogo(width = 60, height = 30): Uint8Array {
  const png = new PNG({ width, height });
  for (let index = 0; index < width * height; index += 1) png.data.set([20, 110, 70, 255], index * 4);
  return new Uint8Array(PNG.sync.write(png));
}

/** The first bytes of a JPEG file (its signature and JFIF header): what the type check reads. */
export const jpegLogo = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0xff, 0xd9,
]);

/** A leaf, drawn as a path: a logo's lettering is outlines too, as print-ready exports give it. */
const leaf = 'M62 50 C62 20 90 8 112 10 C110 34 96 50 62 50 Z';

/** A plain SVG logo: a green circle and a leaf. */
export const svgLogo = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60" width="120" height="60">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#2a7"/><stop offset="1" stop-color="#174"/></linearGradient></defs>
  <circle cx="30" cy="30" r="26" fill="url(#g)"/>
  <path id="leaf" d="${leaf}" fill="#174"/>
</svg>`;

/** A logo whose word is live text, which an image can only set in this computer's fonts. */
export const textSvgLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60"><text x="10" y="38">Hope</text></svg>`;

/** The same logo with everything a printed page must not hold: a script, a handler, outside links, a foreignObject. */
export const hostileSvgLogo = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 60" onload="fetch('https://tracker.example/x')">
  <script>fetch('https://tracker.example/script')</script>
  <image href="https://tracker.example/pixel.png" width="1" height="1"/>
  <use xlink:href="https://tracker.example/sprite.svg#leaf"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hidden</div></foreignObject>
  <rect width="20" height="20" style="fill: url(https://tracker.example/fill)"/>
  <circle cx="30" cy="30" r="26" fill="#2a7" onclick="alert(1)"/>
  <a href="#leaf"><path id="leaf" d="${leaf}"/></a>
</svg>`;
