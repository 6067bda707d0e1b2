import "server-only";
import { escapeLikePattern } from "@/lib/domain/search-text";

/**
 * Prisma string filters for text a user typed: the text is matched as itself (never as a LIKE
 * pattern), so searching "%" finds a percent sign, not every row. Use these for every
 * `contains`/`startsWith` on user input instead of passing the text to Prisma directly.
 */
export function containsText(text: string): { contains: string; mode: "insensitive" } {
  return { contains: escapeLikePattern(text), mode: "insensitive" };
}

/** Case-sensitive prefix match of user input (e.g. the audit log's action filter "import."). */
export function startsWithText(text: string): { startsWith: string } {
  return { startsWith: escapeLikePattern(text) };
}
