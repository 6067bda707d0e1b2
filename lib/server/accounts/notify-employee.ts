import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { sendMailSafely } from "../mail/transport";
import type { MailContent } from "../mail/templates";

export type NotifyResult = { notificationId: number; emailedTo: string | null };

/**
 * After a change has committed: the in-app notification, then (when the employee has an e-mail
 * address and `mail` is given) the e-mail copy, stamping the notification when the mail transport
 * accepted it. A mail failure is logged, never fatal: the change itself stands.
 */
export async function notifyEmployee(input: {
  employee: { id: number; email: string | null };
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
  mail?: MailContent;
}): Promise<NotifyResult> {
  const notification = await db.notification.create({
    data: { employeeId: input.employee.id, kind: input.kind, title: input.title, body: input.body, link: input.link ?? null },
    select: { id: true },
  });
  const to = input.employee.email;
  if (!to || !input.mail) return { notificationId: notification.id, emailedTo: null };
  const sent = await sendMailSafely({ to, ...input.mail });
  if (!sent) return { notificationId: notification.id, emailedTo: null };
  await db.notification.update({ where: { id: notification.id }, data: { emailedAt: new Date() } });
  return { notificationId: notification.id, emailedTo: to };
}
