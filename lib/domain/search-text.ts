/**
 * Text typed into a search box, as the queries use it: trimmed, inner whitespace collapsed to one
 * space (a name pasted with a double space still matches).
 */
export function normaliseSearchText(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/**
 * `text` as a literal part of a LIKE/ILIKE pattern: `\`, `%` and `_` are escaped with PostgreSQL's
 * default escape character (the backslash). Prisma's `contains`, `startsWith` and `endsWith` put
 * the value into the pattern as it is, so unescaped "%" would match every row and "_" any
 * character.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
