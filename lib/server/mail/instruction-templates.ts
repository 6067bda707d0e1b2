import "server-only";
import { formatDateTimeWib } from "@/lib/format-date";
import { compose, type MailContent } from "./templates";

type Instruction = { title: string; deadline: Date; link: string };

export function instructionReceivedMail(input: Instruction & { recipientName: string; issuerName: string; description: string }): MailContent {
  return compose(`Instruksi khusus: ${input.title}`, `Yth. ${input.recipientName},`, [
    { kind: "p", text: `${input.issuerName} memberikan instruksi khusus kepada Anda dengan batas waktu ${formatDateTimeWib(input.deadline)}:` },
    { kind: "p", text: input.title },
    { kind: "p", text: input.description },
    { kind: "p", text: "Catat pelaksanaannya sebagai aktivitas harian yang ditautkan ke instruksi ini, lalu tandai selesai." },
    { kind: "link", label: "Lihat Instruksi", url: input.link },
  ]);
}

export function instructionDoneMail(input: Instruction & { issuerName: string; recipientName: string; recipientNip: string; doneAt: Date; late: boolean; note: string | null }): MailContent {
  return compose(`Instruksi "${input.title}" diselesaikan oleh ${input.recipientName}`, `Yth. ${input.issuerName},`, [
    { kind: "p", text: `${input.recipientName} (NIP ${input.recipientNip}) menandai instruksi "${input.title}" selesai pada ${formatDateTimeWib(input.doneAt)}${input.late ? ", melewati batas waktu" : ""}.` },
    ...(input.note ? [{ kind: "p" as const, text: `Catatan: ${input.note}` }] : []),
    { kind: "link", label: "Lihat Instruksi", url: input.link },
  ]);
}

export function instructionCancelledMail(input: Instruction & { recipientName: string; issuerName: string }): MailContent {
  return compose(`Instruksi khusus dibatalkan: ${input.title}`, `Yth. ${input.recipientName},`, [
    { kind: "p", text: `${input.issuerName} membatalkan instruksi khusus "${input.title}". Anda tidak perlu lagi melaksanakannya.` },
    { kind: "link", label: "Lihat Instruksi", url: input.link },
  ]);
}
