import "server-only";
import { randomInt } from "node:crypto";
import { generateTemporaryPassword } from "@/lib/domain/accounts/temporary-password";
import { hashPassword } from "../auth/password";

/**
 * A fresh temporary password for the employee (cryptographically random, satisfies the password
 * rule for their NIP and birth date) and its bcrypt hash. Only the hash is stored; the plain text
 * goes back to the admin once and to the employee's e-mail.
 */
export async function newTemporaryPassword(employee: { nip: string; birthDate: Date }) {
  const password = generateTemporaryPassword((max) => randomInt(max), {
    nip: employee.nip,
    birthDate: {
      year: employee.birthDate.getUTCFullYear(),
      month: employee.birthDate.getUTCMonth() + 1,
      day: employee.birthDate.getUTCDate(),
    },
  });
  return { password, passwordHash: await hashPassword(password) };
}
