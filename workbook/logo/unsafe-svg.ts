/**
 * What an SVG logo must never hold, found in its text: a conservative last check, with no DOM, that
 * runs wherever an edition is validated (Node or the studio). The sanitiser (sanitize-svg.ts)
 * removes all of these first; anything it could not remove, or a value made by hand, is refused
 * here with the reason. A logo printed in an <img> runs no script and loads nothing in any case:
 * this keeps such content out of the file altogether.
 */
const unsafeSvgPatterns: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'a script'],
  [/<foreignObject[\s>/]/i, 'a foreignObject element'],
  [/\son[a-z]+\s*=/i, 'an event handler (an on… attribute)'],
  [/\shref\s*=\s*(?!["'](?:#|data:image\/(?:png|jpeg);base64,))/i, 'a link to another file or address'],
  [/url\(\s*(?!["']?#)/i, 'a reference to another file or address'],
  [/@import/i, 'a style sheet imported from elsewhere'],
  [/<!ENTITY/i, 'an entity declaration'],
  [/<\?xml-stylesheet/i, 'a style sheet imported from elsewhere'],
  [/<(?:iframe|object|embed|audio|video|handler|listener)[\s>/]/i, 'an embedded document or media'],
];

/** The first unsafe thing in this SVG text, in a few words; undefined when there is none. */
export function unsafeSvgReason(svg: string): string | undefined {
  return unsafeSvgPatterns.find(([pattern]) => pattern.test(svg))?.[1];
}
