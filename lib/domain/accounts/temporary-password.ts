import { checkPassword, type PasswordContext } from "../password-policy";

// Characters that are easy to tell apart when read off a screen or dictated over the phone:
// no I/l/1, O/o/0.
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const LOWER = "abcdefghjkmnpqrstuvwxyz";
const DIGITS = "23456789";
export const TEMPORARY_PASSWORD_ALPHABET = `${UPPER}${LOWER}${DIGITS}`;

/** Three groups of four random characters ("Hk7m-Pq4r-Tz9w"): about 69 bits of entropy. */
export const TEMPORARY_PASSWORD_GROUPS = 3;
export const TEMPORARY_PASSWORD_GROUP_LENGTH = 4;

/** A uniform random integer in [0, maxExclusive); the server passes `crypto.randomInt`. */
export type RandomInt = (maxExclusive: number) => number;

/**
 * A temporary password for an activated or reset account (DESIGN.md §12). It always satisfies the
 * password rule (upper, lower, digit, length, not the NIP or birth date) so the employee can log
 * in with it; they must replace it at first login.
 */
export function generateTemporaryPassword(randomInt: RandomInt, context: PasswordContext): string {
  const pick = (set: string): string => set[randomInt(set.length)]!;
  const size = TEMPORARY_PASSWORD_GROUPS * TEMPORARY_PASSWORD_GROUP_LENGTH;
  for (let attempt = 0; attempt < 100; attempt++) {
    const chars = [pick(UPPER), pick(LOWER), pick(DIGITS)];
    while (chars.length < size) chars.push(pick(TEMPORARY_PASSWORD_ALPHABET));
    // Fisher–Yates, so the guaranteed classes are not always in the first positions.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const groups: string[] = [];
    for (let g = 0; g < TEMPORARY_PASSWORD_GROUPS; g++) {
      groups.push(chars.slice(g * TEMPORARY_PASSWORD_GROUP_LENGTH, (g + 1) * TEMPORARY_PASSWORD_GROUP_LENGTH).join(""));
    }
    const password = groups.join("-");
    if (checkPassword(password, context).length === 0) return password;
  }
  throw new Error("Tidak dapat membuat kata sandi sementara yang memenuhi aturan.");
}
