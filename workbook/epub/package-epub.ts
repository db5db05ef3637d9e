import { createHash } from 'node:crypto';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { book } from '../../src/lib/book.ts';
import { publicUrl } from '../../src/lib/site.ts';
import type { Book } from '../../src/schemas/book.ts';
import type { EpubSection } from './epub-sections.ts';

/** The published file's name, in dist/downloads/. */
export const EPUB_FILE_NAME = `${book.slug}.epub`;

const STYLE = `body { font-family: serif; line-height: 1.5; }
h1, h2, h3 { line-height: 1.2; }
.chapter-header__kicker, .chapter-header__meta, .additions__note, .exercise__kind, .exercise__print, .reflection__for { font-size: 0.9em; }
.additions { margin-top: 2em; padding-top: 1em; border-top: 2px solid currentColor; }
.reflection { margin: 1em 0; padding: 0.5em 1em; border-left: 4px solid currentColor; }
.exercise { margin: 1em 0; padding: 0.5em 1em; border: 1px solid currentColor; }
.reflection__for, .exercise__kind { font-weight: bold; }
`;

/**
 * The e-book's unique identifier: the address of the whole guide online, or, while the site has
 * only the example address (which must not be published), a name-based UUID of the book's slug:
 * the same for every build of the same book, as a reproducible build needs.
 */
export function bookIdentifier(book: Pick<Book, 'slug'>, address: string | undefined = publicUrl('/book/')): string {
  if (address) return address;
  const hex = createHash('sha256').update(`epub:${book.slug}`).digest('hex');
  // RFC 9562 layout: version 8 (custom), variant 10.
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function xhtml(book: Book, title: string, body: string, head = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${book.language}" lang="${book.language}">
<head>
<meta charset="utf-8" />
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css" />${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function sectionFile(book: Book, section: EpubSection): string {
  const type = section.chapter ? ' epub:type="chapter" role="doc-chapter"' : '';
  return xhtml(book, section.title, `<section${type}>\n${section.body}\n</section>`);
}

function navFile(book: Book, sections: EpubSection[]): string {
  const toc = sections.map((s) => `<li><a href="${s.file}.xhtml">${escapeXml(s.title)}</a></li>`).join('\n');
  const start = sections.find((s) => s.landmark === 'bodymatter') ?? sections[0];
  return xhtml(
    book,
    book.title,
    `<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">
<h1 id="toc-title">Contents</h1>
<ol>
${toc}
</ol>
</nav>
<nav epub:type="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
<h2 id="landmarks-title">Landmarks</h2>
<ol>
<li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
<li><a epub:type="bodymatter" href="${start?.file ?? ''}.xhtml">${escapeXml(start?.title ?? '')}</a></li>
</ol>
</nav>`,
  );
}

/** "2026-11-30T12:00:00Z": the form dcterms:modified requires (no fractional seconds). */
const isoSeconds = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

function packageFile(book: Book, sections: EpubSection[], date: Date): string {
  const meta = (property: string, value: string) => `<meta property="${property}">${escapeXml(value)}</meta>`;
  const items = sections
    .map((s) => `<item id="${s.file}" href="${s.file}.xhtml" media-type="application/xhtml+xml" />`)
    .join('\n');
  // As in every printed edition: the safety pages first, then the contents, then the chapters.
  const [first, ...rest] = sections.map((s) => `<itemref idref="${s.file}" />`);
  const spine = [first, '<itemref idref="nav" />', ...rest].join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="book-id">${escapeXml(bookIdentifier(book))}</dc:identifier>
<dc:title>${escapeXml(book.title)}</dc:title>
<dc:language>${book.language}</dc:language>
<dc:creator>${escapeXml(book.author)}</dc:creator>
<dc:description>${escapeXml(book.description)}</dc:description>
<dc:rights>${escapeXml(book.licence)}</dc:rights>
<dc:contributor>${escapeXml(book.credit)}</dc:contributor>
${book.keywords.map((keyword) => `<dc:subject>${escapeXml(keyword)}</dc:subject>`).join('\n')}
<dc:date>${isoSeconds(date)}</dc:date>
${meta('dcterms:modified', isoSeconds(date))}
${meta('schema:accessMode', 'textual')}
${meta('schema:accessModeSufficient', 'textual')}
${meta('schema:accessibilityFeature', 'structuralNavigation')}
${meta('schema:accessibilityFeature', 'tableOfContents')}
${meta('schema:accessibilityFeature', 'readingOrder')}
${meta('schema:accessibilityFeature', 'displayTransformability')}
${meta('schema:accessibilityHazard', 'none')}
${meta(
  'schema:accessibilitySummary',
  'Text only, with no images, audio or video. Every chapter and section has a heading, and the contents link to each of them in reading order. No fixed layout: the reading system can change the font, size, spacing and colors. The reflections and exercises added to the article are set apart under the heading “Reflect and talk”.',
)}
${meta('dcterms:conformsTo', 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA')}
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />
<item id="style" href="style.css" media-type="text/css" />
${items}
</manifest>
<spine>
${spine}
</spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml" />
</rootfiles>
</container>
`;

/**
 * The EPUB 3 file, byte for byte the same for the same sections and date: `mimetype` first and
 * stored, the other files in a fixed order, every entry dated `date`.
 */
export function packageEpub(book: Book, sections: EpubSection[], date: Date): Uint8Array {
  // ZIP stores local wall-clock time and fflate reads it with the machine's time zone: shift the
  // date so every machine writes the build date's UTC fields.
  const mtime = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }],
    'META-INF/container.xml': [strToU8(CONTAINER), { mtime }],
    'EPUB/package.opf': [strToU8(packageFile(book, sections, date)), { mtime }],
    'EPUB/nav.xhtml': [strToU8(navFile(book, sections)), { mtime }],
    'EPUB/style.css': [strToU8(STYLE), { mtime }],
  };
  for (const section of sections)
    files[`EPUB/${section.file}.xhtml`] = [strToU8(sectionFile(book, section)), { mtime }];
  return zipSync(files, { level: 9 });
}
