/**
 * Shows what a person typed (a value, an option, an address key) inside a one-line message. Input
 * can hold anything: a NUL, a line break, a bidi override that would reverse the rest of the
 * terminal line, a lone surrogate, 10,000 characters. Those are written as escapes (`\u202e`) and
 * the text is cut at `limit` characters, so the message stays one readable line whatever came in.
 */
export function escapeInput(text: string, limit = 60): string {
  return shown(text, limit, (character) => character);
}

/** The input in double quotes, as JSON writes a string, escaped and cut as by escapeInput. */
export function quoteInput(text: string, limit = 60): string {
  return `"${shown(text, limit, (character) => (character === '"' || character === '\\' ? `\\${character}` : character))}"`;
}

/** The text with each invisible or line-breaking character escaped, cut once the result reaches `limit`. */
function shown(text: string, limit: number, quote: (character: string) => string): string {
  let result = '';
  for (const character of text) {
    if (result.length >= limit) return `${result}…`;
    result += /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(character) ? escape(character) : quote(character);
  }
  return result;
}

/** A field or option name as typed: as is when it is a plain word, else quoted like any input. */
export function nameInput(name: string): string {
  return /^[\p{L}\p{N}_.$[\]-]{1,60}$/u.test(name) ? name : quoteInput(name);
}

function escape(character: string): string {
  return `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}
