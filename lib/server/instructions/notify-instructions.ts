import "server-only";
import { env } from "@/lib/env";
import { formatPersonName } from "@/lib/domain/person-name";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { db } from "../db";
import { instructionCancelledMail, instructionDoneMail, instructionReceivedMail } from "../mail/instruction-templates";
import type { MailContent } from "../mail/templates";
import { sendMailSafely } from "../mail/transport";

type Person = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null };
type Recipient = Person & { email: string | null; emailNotifications: NotificationKind[] };

const path = (instructionId: number) => `/instruksi/${instructionId}`;
const link = (p: string) => `${env().APP_URL.replace(/\/+$/, "")}${p}`;

/**
 * One notification per recipient, written in one statement (an instruction may reach a whole unit,
 * up to 500 people), then the e-mail copies to those who chose this kind, and one statement stamping
 * the ones the transport accepted. Runs after commit and never throws: failures are logged.
 */
async function notifyBatch(input: {
  kind: NotificationKind;
  recipients: readonly Recipient[];
  content: (r: Recipient) => { title: string; body: string; link: string; mail: MailContent };
}): Promise<void> {
  try {
    if (input.recipients.length === 0) return;
    const contents = input.recipients.map((r) => ({ recipient: r, ...input.content(r) }));
    const created = await db.notification.createManyAndReturn({
      data: contents.map((c) => ({ employeeId: c.recipient.id, kind: input.kind, title: c.title, body: c.body, link: c.link })),
      select: { id: true, employeeId: true },
    });
    const idOf = new Map(created.map((n) => [n.employeeId, n.id]));
    const emailed: number[] = [];
    for (const c of contents) {
      if (!c.recipient.email || !c.recipient.emailNotifications.includes(input.kind)) continue;
      if (await sendMailSafely({ to: c.recipient.email, ...c.mail })) {
        const id = idOf.get(c.recipient.id);
        if (id !== undefined) emailed.push(id);
      }
    }
    if (emailed.length > 0) await db.notification.updateMany({ where: { id: { in: emailed } }, data: { emailedAt: new Date() } });
  } catch (error) {
    console.error("[notification] instruksi gagal diberitahukan", { kind: input.kind, error });
  }
}

const RECIPIENT_SELECT = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, email: true, emailNotifications: true } as const;

/** After issuing: every recipient (§5.1, §10). */
export async function notifyInstructionIssued(input: { instructionId: number; issuer: Person; title: string; description: string; deadline: Date; recipientIds: readonly number[] }): Promise<void> {
  const recipients = await db.employee.findMany({ where: { id: { in: [...input.recipientIds] } }, select: RECIPIENT_SELECT }).catch((error: unknown) => {
    console.error("[notification] penerima instruksi gagal dibaca", error);
    return [];
  });
  const issuerName = formatPersonName(input.issuer);
  const p = path(input.instructionId);
  await notifyBatch({
    kind: "INSTRUCTION_RECEIVED",
    recipients,
    content: (r) => ({
      title: `Instruksi khusus: ${input.title}`,
      body: `${issuerName} memberikan instruksi "${input.title}".`,
      link: p,
      mail: instructionReceivedMail({ recipientName: formatPersonName(r), issuerName, title: input.title, description: input.description, deadline: input.deadline, link: link(p) }),
    }),
  });
}

/** After a recipient marks it done: the issuer. */
export async function notifyInstructionDone(input: { instructionId: number; issuerId: number; recipient: Person; title: string; deadline: Date; doneAt: Date; note: string | null }): Promise<void> {
  const issuer = await db.employee.findMany({ where: { id: input.issuerId }, select: RECIPIENT_SELECT }).catch(() => []);
  const recipientName = formatPersonName(input.recipient);
  const late = input.doneAt.getTime() > input.deadline.getTime();
  const p = path(input.instructionId);
  await notifyBatch({
    kind: "INSTRUCTION_DONE",
    recipients: issuer,
    content: (r) => ({
      title: `Instruksi selesai: ${input.title}`,
      body: `${recipientName} (NIP ${input.recipient.nip}) menandai instruksi "${input.title}" selesai${late ? " (terlambat)" : ""}.`,
      link: p,
      mail: instructionDoneMail({ issuerName: formatPersonName(r), recipientName, recipientNip: input.recipient.nip, title: input.title, deadline: input.deadline, doneAt: input.doneAt, late, note: input.note, link: link(p) }),
    }),
  });
}

/** After cancelling: every recipient (same kind as receiving: it is news about an instruction to them). */
export async function notifyInstructionCancelled(input: { instructionId: number; issuer: Person; title: string; deadline: Date; recipientIds: readonly number[] }): Promise<void> {
  const recipients = await db.employee.findMany({ where: { id: { in: [...input.recipientIds] } }, select: RECIPIENT_SELECT }).catch(() => []);
  const issuerName = formatPersonName(input.issuer);
  const p = path(input.instructionId);
  await notifyBatch({
    kind: "INSTRUCTION_RECEIVED",
    recipients,
    content: (r) => ({
      title: `Instruksi dibatalkan: ${input.title}`,
      body: `${issuerName} membatalkan instruksi "${input.title}".`,
      link: p,
      mail: instructionCancelledMail({ recipientName: formatPersonName(r), issuerName, title: input.title, deadline: input.deadline, link: link(p) }),
    }),
  });
}
