import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { db } from "../db";
import type { MailContent } from "../mail/templates";
import { sendMailSafely } from "../mail/transport";
import type { Tx } from "../prisma-client";
import { wantsEmail } from "./notify";

export type BatchedRow = { id: number; employeeId: number };
export type BatchRecipient = { id: number; name: string; nip: string };

/**
 * One notification of `kind` to many employees (reminders, rating requests; 60,000 at the province,
 * DESIGN.md §13): `insertBatch` selects the next `limit` recipients after employee id `cursor` and
 * inserts their notifications in one INSERT … SELECT … RETURNING, in employee-id order. Each batch
 * runs under a transaction advisory lock on `lockKey`, so concurrent runs (worker and CLI, several
 * instances) are serialised and — the insert skipping who already has it — add nothing twice. The
 * e-mail copies of a batch go out after it committed, to those who chose `kind` on their profile,
 * and the notifications sent are stamped.
 */
export async function notifyInBatches(input: {
  kind: NotificationKind;
  lockKey: string;
  batchSize?: number;
  insertBatch: (tx: Tx, batch: { cursor: number; limit: number }) => Promise<BatchedRow[]>;
  /** The e-mail of one recipient; `link` is the notification's link as a full URL. */
  mail: (recipient: BatchRecipient) => MailContent;
}): Promise<{ notified: number; emailed: number }> {
  const batchSize = Math.max(1, Math.floor(input.batchSize ?? 1000));
  let cursor = 0;
  let notified = 0;
  let emailed = 0;
  for (;;) {
    const rows = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS "ok" FROM (SELECT pg_advisory_xact_lock(hashtext(${input.lockKey}))) AS "l"`;
      return input.insertBatch(tx, { cursor, limit: batchSize });
    });
    if (rows.length === 0) break;
    notified += rows.length;
    cursor = Math.max(...rows.map((r) => r.employeeId));
    emailed += await emailBatch(input.kind, rows, input.mail);
    if (rows.length < batchSize) break;
  }
  return { notified, emailed };
}

async function emailBatch(kind: NotificationKind, rows: BatchedRow[], mail: (recipient: BatchRecipient) => MailContent): Promise<number> {
  const notificationOf = new Map(rows.map((r) => [r.employeeId, r.id]));
  const recipients = await db.employee.findMany({
    where: { id: { in: [...notificationOf.keys()] }, email: { not: null }, emailNotifications: { has: kind } },
    select: { id: true, name: true, nip: true, email: true, emailNotifications: true },
  });
  const sent: number[] = [];
  for (const person of recipients) {
    if (!person.email || !wantsEmail(kind, person.emailNotifications)) continue;
    if (await sendMailSafely({ to: person.email, ...mail(person) })) sent.push(notificationOf.get(person.id)!);
  }
  if (sent.length > 0) await db.notification.updateMany({ where: { id: { in: sent } }, data: { emailedAt: new Date() } });
  return sent.length;
}

/** The app's public address of an in-app link, for e-mails. */
export function absoluteLink(link: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}${link}`;
}
