import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFStream } from 'pdf-lib';
import { loadPdf } from './load-pdf.ts';

/**
 * Each page's text as Chromium means it to be read, for the scripts whose glyphs are not their
 * letters. Where shaping joins, splits or reorders letters (Arabic, Devanagari…), Chromium keeps
 * the cluster's letters in a marked-content `/ActualText` and draws right-to-left runs in visual
 * order inside `/ReversedChars`; pdf.js reads neither, so its text for such a name has lost
 * letters or order. This reads the page content streams directly: ActualText where a span has
 * one, the fonts' ToUnicode maps elsewhere, right-to-left runs put back in reading order.
 */
export async function readActualText(bytes: Uint8Array): Promise<string[]> {
  const doc = await loadPdf(bytes);
  return doc.getPages().map((page) => {
    const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    const maps = new Map<string, Map<number, string>>();
    for (const [name, ref] of fonts?.entries() ?? []) {
      const font = doc.context.lookupMaybe(ref, PDFDict);
      const toUnicode = font?.lookupMaybe(PDFName.of('ToUnicode'), PDFStream);
      maps.set(name.decodeText(), toUnicode ? parseToUnicode(streamText(toUnicode)) : new Map<number, string>());
    }
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => doc.context.lookup(ref, PDFStream))
        : contents
          ? [contents]
          : [];
    return textOf(streams.map(streamText).join('\n'), maps);
  });
}

function streamText(stream: PDFStream): string {
  const data = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(data).toString('latin1');
}

/** A marked-content section: what it holds so far, and how it gives it to the one around it. */
interface Section {
  kind: 'actual' | 'reversed' | 'other';
  actualText?: string;
  parts: Part[];
}

/** Text in drawing order; `rtl` for a right-to-left run, already in its own reading order. */
interface Part {
  text: string;
  rtl?: boolean;
}

const TOKEN = /\/[^\s/<>[\]()]*|<<|>>|<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[^\s/<>[\]()]+/g;

function textOf(content: string, maps: ReadonlyMap<string, ReadonlyMap<number, string>>): string {
  const root: Section = { kind: 'other', parts: [] };
  const open: Section[] = [root];
  const current = () => open.at(-1) ?? root;
  let operands: string[] = [];
  let font: ReadonlyMap<number, string> = new Map();
  for (const [token] of content.matchAll(TOKEN)) {
    if (!/^[A-Za-z'"*]+$/.test(token) || token === 'true' || token === 'false' || token === 'null') {
      operands.push(token);
      continue;
    }
    switch (token) {
      case 'Tf':
        font = maps.get(operands.at(-2)?.slice(1) ?? '') ?? new Map();
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"':
        for (const operand of operands) if (operand.startsWith('<') && !operand.startsWith('<<')) show(operand);
        break;
      case 'BMC':
      case 'BDC': {
        const actual = /\/ActualText\s*<([0-9A-Fa-f\s]*)>/.exec(operands.join(' '))?.[1];
        const kind = actual !== undefined ? 'actual' : operands[0] === '/ReversedChars' ? 'reversed' : 'other';
        open.push({ kind, ...(actual === undefined ? {} : { actualText: utf16(actual) }), parts: [] });
        break;
      }
      case 'EMC': {
        const section = open.length > 1 ? open.pop() : undefined;
        if (!section) break;
        if (section.kind === 'actual') current().parts.push({ text: section.actualText ?? '' });
        else if (section.kind === 'reversed')
          current().parts.push({ text: joined(section.parts.reverse()), rtl: true });
        else current().parts.push(...section.parts);
        break;
      }
      case 'ET':
        current().parts.push({ text: ' ' });
        break;
    }
    operands = [];
  }
  while (open.length > 1) current().parts.push(...(open.pop()?.parts ?? []));
  return joined(inReadingOrder(root.parts)).replace(/\s+/g, ' ').trim();

  function show(hex: string): void {
    const section = current();
    if (section.kind === 'actual') return;
    const digits = hex.slice(1, -1).replace(/\s/g, '');
    for (let index = 0; index + 4 <= digits.length; index += 4) {
      section.parts.push({ text: font.get(parseInt(digits.slice(index, index + 4), 16)) ?? '' });
    }
  }
}

function joined(parts: readonly Part[]): string {
  return parts.map((part) => part.text).join('');
}

/**
 * Chromium draws each word of a right-to-left phrase as a run of its own, left to right on the
 * page: consecutive right-to-left runs, with only spaces between them, are read in reverse.
 */
function inReadingOrder(parts: readonly Part[]): Part[] {
  const ordered: Part[] = [];
  let index = 0;
  while (index < parts.length) {
    const part = parts[index];
    if (!part?.rtl) {
      if (part) ordered.push(part);
      index += 1;
      continue;
    }
    let end = index;
    for (let next = index + 1; next < parts.length; next += 1) {
      const candidate = parts[next];
      if (candidate?.rtl) end = next;
      else if (candidate?.text.trim() !== '') break;
    }
    ordered.push(...parts.slice(index, end + 1).reverse());
    index = end + 1;
  }
  return ordered;
}

/** A ToUnicode CMap's bfchar and bfrange entries, for two-byte codes (Chromium's Identity-H fonts). */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', text = ''] of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(parseInt(code, 16), utf16(text));
    }
  }
  for (const [, body = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low = '', high = '', target = ''] of body.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g,
    )) {
      const first = parseInt(low, 16);
      const last = parseInt(high, 16);
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9A-Fa-f]*)>/g)].forEach(([, text = ''], index) =>
          map.set(first + index, utf16(text)),
        );
      } else {
        const start = utf16(target.slice(1, -1));
        const base = start.codePointAt(start.length - 1) ?? 0;
        for (let code = first; code <= last; code += 1) {
          map.set(code, start.slice(0, -1) + String.fromCodePoint(base + code - first));
        }
      }
    }
  }
  return map;
}

/** Text from UTF-16BE hex, as in ActualText (with its byte order mark) and ToUnicode targets. */
function utf16(hex: string): string {
  const digits = hex.replace(/\s/g, '').replace(/^FEFF/i, '');
  const units: number[] = [];
  for (let index = 0; index + 4 <= digits.length; index += 4) units.push(parseInt(digits.slice(index, index + 4), 16));
  return String.fromCharCode(...units);
}
