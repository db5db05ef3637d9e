import { roleName, roleIds } from '../../src/lib/readers.ts';

/** The readers' role names, from content/book.json ("the partner who was hurt"). */
const bookRoles: readonly string[] = roleIds.map(roleName);

/**
 * A personal copy has one reader, so it calls them "you": no label in it names a role. The labels
 * a role could print in: a prompt's or exercise's audience ("For the partner who was hurt", set in
 * capitals, which the PDF's text keeps), a signature line ("The partner who was hurt: signature")
 * and a continuation ("… (continued)"). The book's prose may speak of the roles (the partners'
 * map), so only these label forms count. Returns one line per page that prints one; empty means none.
 */
export function findRoleLabels(pages: readonly string[], roles: readonly string[] = bookRoles): string[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = roles.map(escape).join('|');
  const audience = new RegExp(`\\bFOR (?:${roles.map((role) => escape(role.toUpperCase())).join('|')})\\b`, 'g');
  const caption = new RegExp(`(?:${names})\\s*(?::\\s*signature|\\(continued\\))`, 'gi');
  return pages.flatMap((text, index) => {
    const squashed = text.replace(/\s+/g, ' ');
    const labels = [
      ...new Set([...squashed.matchAll(audience), ...squashed.matchAll(caption)].map((match) => match[0])),
    ];
    return labels.length === 0 ? [] : [`page ${index + 1} says ${labels.map((label) => `“${label}”`).join(', ')}`];
  });
}
