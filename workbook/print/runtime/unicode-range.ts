/** "U+0000-00FF, U+0131, U+4??" → inclusive ranges of code points. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      if (part.includes('?')) return [parseInt(part.replaceAll('?', '0'), 16), parseInt(part.replaceAll('?', 'F'), 16)];
      const [from = '0', to = from] = part.split('-');
      return [parseInt(from, 16), parseInt(to, 16)];
    });
}
