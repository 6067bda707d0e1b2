import "server-only";
import { parseEmail, parsePhone } from "@/lib/domain/contact";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import { expireOpenResetTokens } from "../accounts/managed-account";

/**
 * The employee edits their own e-mail and phone (DESIGN.md §10); the rest of the personnel data
 * comes from SIAp and is read-only. A changed e-mail also cancels reset links sent to the old one.
 */
export async function updateOwnContact(input: {
  actor: ServiceActor;
  email: string;
  phone: string;
  now?: Date;
}): Promise<{ changed: boolean; email: string | null; phone: string | null }> {
  const now = input.now ?? new Date();
  const email = parseEmail(input.email);
  const phone = parsePhone(input.phone);
  const fieldErrors: Record<string, string[]> = {};
  if (!email.ok) fieldErrors.email = [email.message];
  if (!phone.ok) fieldErrors.phone = [phone.message];
  if (!email.ok || !phone.ok) throw invalid("Periksa kembali isian yang ditandai.", fieldErrors);

  const before = await db.employee.findUnique({
    where: { id: input.actor.employeeId },
    select: { id: true, email: true, phone: true, user: { select: { id: true } } },
  });
  if (!before) throw notFound();
  const after = { email: email.value, phone: phone.value };
  if (before.email === after.email && before.phone === after.phone) return { changed: false, ...after };
  // An address belongs to one employee: another's would receive this one's notifications and
  // block the owner's "Lupa Kata Sandi" by e-mail (the lookup would be ambiguous).
  if (after.email && after.email !== before.email) {
    const taken = await db.employee.findFirst({
      where: { id: { not: before.id }, email: { equals: after.email, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) {
      throw invalid("Periksa kembali isian yang ditandai.", {
        email: ["Alamat e-mail ini sudah dipakai pegawai lain. Gunakan alamat e-mail Anda sendiri."],
      });
    }
  }

  await db.$transaction(async (tx) => {
    await tx.employee.update({ where: { id: before.id }, data: after });
    if (before.email !== after.email && before.user) await expireOpenResetTokens(tx, before.user.id, now);
    await writeAudit(tx, auditActor(input.actor), {
      action: "profile.contact_updated",
      targetType: "Employee",
      targetId: before.id,
      before: { email: before.email, phone: before.phone },
      after,
    });
  });
  return { changed: true, ...after };
}
