/**
 * Large print splits no word across lines. `hyphens: none` stops the browser adding hyphens, but
 * Chromium still breaks a line after a compound's own hyphen ("time-" at a line's end, "out" on
 * the next), which a reader with low vision loses their place over. So each hyphenated compound
 * is kept on one line, in a span that does not wrap (styles/large-print.css); the text itself is
 * unchanged, for the completeness check and for anyone who copies it.
 */
export const compoundClass = 'print-compound';

/** A word, a hyphen (or the Unicode hyphen), a word, and any more of them: "time-out", "check-in". */
const COMPOUND = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)+/gu;

export function keepCompoundsWhole(document: Document): void {
  const texts: Text[] = [];
  const collect = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === child.TEXT_NODE && /[-\u2010]/.test((child as Text).data)) texts.push(child as Text);
      else if (child.nodeType === child.ELEMENT_NODE && !(child as Element).matches('script, style, template'))
        collect(child);
    }
  };
  collect(document.body);
  for (const text of texts) wrapCompounds(document, text);
}

function wrapCompounds(document: Document, text: Text): void {
  const parts: Node[] = [];
  let from = 0;
  for (const match of text.data.matchAll(COMPOUND)) {
    if (match.index > from) parts.push(document.createTextNode(text.data.slice(from, match.index)));
    const span = document.createElement('span');
    span.className = compoundClass;
    span.textContent = match[0];
    parts.push(span);
    from = match.index + match[0].length;
  }
  if (parts.length === 0) return;
  if (from < text.data.length) parts.push(document.createTextNode(text.data.slice(from)));
  text.replaceWith(...parts);
}
