import "server-only";
import { OPTIONAL_EMAIL_KINDS, type NotificationKind } from "@/lib/domain/notification-kinds";
import type { NotificationKind as DbNotificationKind } from "@/lib/generated/prisma/enums";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";

// The domain list and the database enum must stay the same set.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<NotificationKind, DbNotificationKind> = true;
void kindsMatch;

/**
 * Which notifications also come by e-mail (DESIGN.md §10), chosen by the employee. Security
 * messages (account activated, password reset) always do and are not part of the choice.
 */
export async function updateOwnEmailPreferences(input: {
  actor: ServiceActor;
  kinds: readonly string[];
}): Promise<{ changed: boolean; kinds: NotificationKind[] }> {
  const unknown = input.kinds.filter((k) => !(OPTIONAL_EMAIL_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw invalid("Pilihan notifikasi tidak dikenal.");
  const chosen = new Set(input.kinds);
  // Stored in the canonical order so an unchanged choice compares equal.
  const kinds = OPTIONAL_EMAIL_KINDS.filter((k) => chosen.has(k));

  const before = await db.employee.findUnique({
    where: { id: input.actor.employeeId },
    select: { id: true, emailNotifications: true },
  });
  if (!before) throw notFound();
  const previous = OPTIONAL_EMAIL_KINDS.filter((k) => before.emailNotifications.includes(k));
  if (previous.join() === kinds.join()) return { changed: false, kinds };

  await db.$transaction(async (tx) => {
    await tx.employee.update({ where: { id: before.id }, data: { emailNotifications: kinds } });
    await writeAudit(tx, auditActor(input.actor), {
      action: "profile.email_notifications_updated",
      targetType: "Employee",
      targetId: before.id,
      before: { emailNotifications: before.emailNotifications },
      after: { emailNotifications: kinds },
    });
  });
  return { changed: true, kinds };
}
