import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { sendMailSafely } from "../mail/transport";
import type { MailContent } from "../mail/templates";

export type NotifyResult = { notificationId: number | null; emailedTo: string | null };

/**
 * After a change has committed: the in-app notification, then (when the employee has an e-mail
 * address and `mail` is given) the e-mail copy, stamping the notification when the mail transport
 * accepted it. Never throws: the change itself stands, and a caller holding a temporary password
 * must still get to show it, so failures here are logged only.
 */
export async function notifyEmployee(input: {
  employee: { id: number; email: string | null };
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
  mail?: MailContent;
}): Promise<NotifyResult> {
  let notificationId: number | null = null;
  try {
    const notification = await db.notification.create({
      data: { employeeId: input.employee.id, kind: input.kind, title: input.title, body: input.body, link: input.link ?? null },
      select: { id: true },
    });
    notificationId = notification.id;
  } catch (error) {
    console.error("[notification] gagal dibuat", { employeeId: input.employee.id, kind: input.kind, error });
  }
  const to = input.employee.email;
  if (!to || !input.mail) return { notificationId, emailedTo: null };
  const sent = await sendMailSafely({ to, ...input.mail });
  if (!sent) return { notificationId, emailedTo: null };
  if (notificationId !== null) {
    await db.notification
      .update({ where: { id: notificationId }, data: { emailedAt: new Date() } })
      .catch((error: unknown) => console.error("[notification] emailedAt gagal dicatat", { notificationId, error }));
  }
  return { notificationId, emailedTo: to };
}
