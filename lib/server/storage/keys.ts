import { randomUUID } from "node:crypto";

/** Keys look like `bukti/2026-12/3f0c…`: a fixed prefix, the upload month, a random UUID. */
const KEY_PATTERN = /^[a-z]+\/\d{4}-\d{2}\/[0-9a-f]{32}$/;

/** A fresh random key; the month folder keeps any one directory of a local store small. */
export function newStorageKey(prefix: "bukti", now: Date = new Date()): string {
  const month = now.toISOString().slice(0, 7);
  return `${prefix}/${month}/${randomUUID().replaceAll("-", "")}`;
}

/** Only keys this module makes are valid; anything else (`..`, absolute paths) is refused. */
export function isValidStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
