import "server-only";
import { compose, type MailContent } from "./templates";

type Common = { ownerName: string; period: string; link: string };

export function realisationSubmittedMail(input: Common & { ownerNip: string; reviewerName: string; ikiDescription: string; value: string }): MailContent {
  return compose(`Realisasi IKI ${input.period} ${input.ownerName} menunggu verifikasi`, `Yth. ${input.reviewerName},`, [
    { kind: "p", text: `${input.ownerName} (NIP ${input.ownerNip}) mengajukan realisasi IKI bulan ${input.period} untuk Anda verifikasi:` },
    { kind: "p", text: `${input.ikiDescription}: ${input.value}` },
    { kind: "link", label: "Verifikasi Realisasi", url: input.link },
  ]);
}

export function realisationVerifiedMail(input: Common & { reviewerName: string; items: string[] }): MailContent {
  return compose(`Realisasi IKI ${input.period} Anda telah diverifikasi`, `Yth. ${input.ownerName},`, [
    { kind: "p", text: `${input.reviewerName} telah memverifikasi realisasi IKI bulan ${input.period} Anda:` },
    ...input.items.map((text) => ({ kind: "p" as const, text: `• ${text}` })),
    { kind: "link", label: "Lihat Realisasi IKI", url: input.link },
  ]);
}

export function realisationReturnedMail(input: Common & { reviewerName: string; items: string[]; note: string }): MailContent {
  return compose(`Realisasi IKI ${input.period} Anda dikembalikan untuk diperbaiki`, `Yth. ${input.ownerName},`, [
    { kind: "p", text: `${input.reviewerName} mengembalikan realisasi IKI bulan ${input.period} Anda:` },
    ...input.items.map((text) => ({ kind: "p" as const, text: `• ${text}` })),
    { kind: "p", text: `Catatan: ${input.note}` },
    { kind: "p", text: "Perbaiki realisasi sesuai catatan, lalu ajukan kembali sebelum bulan tersebut dikunci." },
    { kind: "link", label: "Perbaiki Realisasi", url: input.link },
  ]);
}
