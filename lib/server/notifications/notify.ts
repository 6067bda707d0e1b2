import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { sendMailSafely } from "../mail/transport";
import type { MailContent } from "../mail/templates";

export type NotifyResult = { notificationId: number | null; emailedTo: string | null };

/** Kinds that always go by e-mail too, whatever the employee chose on the profile (DESIGN.md §10). */
const ALWAYS_EMAILED: ReadonlySet<NotificationKind> = new Set<NotificationKind>(["PASSWORD_RESET", "ACCOUNT_ACTIVATED"]);

/** Whether an employee gets the e-mail copy of `kind`: their choice on the profile, or always for account security. */
export function wantsEmail(kind: NotificationKind, emailNotifications: readonly NotificationKind[]): boolean {
  return ALWAYS_EMAILED.has(kind) || emailNotifications.includes(kind);
}

export type NotifyInput = {
  employeeId: number;
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
  /** The e-mail copy; sent when the employee has an address and wants this kind by e-mail. */
  mail?: MailContent;
};

/**
 * After a change has committed: the in-app notification, then the e-mail copy when the employee
 * has an address and chose this kind on the profile (or the kind is always e-mailed). Never
 * throws: the change itself stands, so failures here are only logged.
 */
export async function notify(input: NotifyInput): Promise<NotifyResult> {
  let employee: { id: number; email: string | null; emailNotifications: NotificationKind[] } | null = null;
  try {
    employee = await db.employee.findUnique({
      where: { id: input.employeeId },
      select: { id: true, email: true, emailNotifications: true },
    });
  } catch (error) {
    console.error("[notification] penerima gagal dibaca", { employeeId: input.employeeId, error });
  }
  if (!employee) return { notificationId: null, emailedTo: null };
  const wantsMail = wantsEmail(input.kind, employee.emailNotifications);
  return notifyEmployee({ ...input, employee, mail: wantsMail ? input.mail : undefined });
}

/** notify() for many recipients, one after the other (each failure logged, none thrown). */
export async function notifyMany(inputs: readonly NotifyInput[]): Promise<NotifyResult[]> {
  const results: NotifyResult[] = [];
  for (const input of inputs) results.push(await notify(input));
  return results;
}

/**
 * The in-app notification, then (when the employee has an e-mail address and `mail` is given) the
 * e-mail copy, stamping the notification when the mail transport accepted it. Never throws: a
 * caller holding a temporary password must still get to show it, so failures are logged only.
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
