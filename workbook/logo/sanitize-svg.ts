/**
 * Cleans an SVG logo before it reaches the page: removes scripts, foreignObject, embedded
 * documents and animations (an animation can set a link), event handlers, links to anything but
 * this same drawing or an embedded PNG or JPEG, and style or attribute values that reference
 * another file. The DOM is given: the browser's own parser in the studio, linkedom on the command
 * line (node-svg-dom.ts). What is left is checked again as text (unsafe-svg.ts).
 */
export interface SvgDom {
  /** The parsed drawing's root element, or undefined when the text is not well-formed XML. */
  parse(text: string): Element | undefined;
  serialize(root: Element): string;
}

const removedElements = new Set([
  'script',
  'foreignobject',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'handler',
  'listener',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);

const localLink = /^\s*(?:#|data:image\/(?:png|jpeg);base64,)/i;
const outsideReference = /url\(\s*(?!["']?#)|@import/i;

/** The sanitised drawing's text, or undefined when it cannot be read as an SVG. */
export function sanitizeSvg(text: string, dom: SvgDom): string | undefined {
  const root = dom.parse(text);
  if (!root || root.localName.toLowerCase() !== 'svg') return undefined;
  for (const element of [root, ...root.querySelectorAll('*')]) {
    const name = element.localName.toLowerCase();
    if (removedElements.has(name) || (name === 'style' && outsideReference.test(element.textContent))) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      // linkedom keeps a prefix in the name (xlink:href); the browser gives it as localName.
      const attributeName = attribute.name.toLowerCase().replace(/^.*:/, '');
      const unsafe =
        attributeName.startsWith('on') ||
        (attributeName === 'href' && !localLink.test(attribute.value)) ||
        outsideReference.test(attribute.value);
      if (unsafe) element.removeAttribute(attribute.name);
    }
  }
  return dom.serialize(root);
}
