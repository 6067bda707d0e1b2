/**
 * A NIP prefix search as a range on the NIP itself: every NIP starting with "19700115" lies in
 * ["19700115", "19700116"). Unlike `LIKE 'prefix%'`, a range runs on the plain unique btree
 * index under any database collation (NIPs are digits only, so their order is the same in all).
 * `lt` is absent when the prefix is all nines (nothing sorts after it).
 */
export function nipPrefixRange(prefix: string): { gte: string; lt?: string } {
  if (!/^[0-9]+$/.test(prefix)) throw new Error(`NIP prefix must be digits: ${prefix}`);
  const digits = prefix.split("").map(Number);
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 9) {
    digits[i] = 0;
    i -= 1;
  }
  if (i < 0) return { gte: prefix };
  digits[i] = digits[i]! + 1;
  return { gte: prefix, lt: digits.join("") };
}
