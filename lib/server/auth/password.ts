import "server-only";
import { randomBytes } from "node:crypto";
import bcrypt from "bcrypt";
import { env } from "@/lib/env";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, env().BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A real hash of a random string at the configured cost: comparing against it when no account
// matches keeps the response time of an unknown NIP the same as that of a wrong password.
let dummyHash: Promise<string> | undefined;

export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= bcrypt.hash(randomBytes(16).toString("hex"), env().BCRYPT_COST);
  await bcrypt.compare(password, await dummyHash);
}
