import "server-only";
import { compose, type MailContent } from "./templates";

type Skp = { ownerName: string; ownerNip: string; year: number; versionNumber: number; link: string };

const versionText = (s: Skp) => (s.versionNumber > 1 ? `revisi SKP tahun ${s.year} (versi ${s.versionNumber})` : `SKP tahun ${s.year}`);

export function skpSubmittedMail(input: Skp & { approverName: string }): MailContent {
  return compose(`SKP ${input.year} ${input.ownerName} menunggu persetujuan Anda`, `Yth. ${input.approverName},`, [
    { kind: "p", text: `${input.ownerName} (NIP ${input.ownerNip}) telah mengajukan ${versionText(input)} untuk Anda periksa.` },
    { kind: "link", label: "Periksa SKP", url: input.link },
  ]);
}

export function skpApprovedMail(input: Skp & { approverName: string }): MailContent {
  return compose(`SKP ${input.year} Anda telah disetujui`, `Yth. ${input.ownerName},`, [
    { kind: "p", text: `${versionText(input)[0]!.toUpperCase()}${versionText(input).slice(1)} Anda telah disetujui oleh ${input.approverName} dan kini berlaku.` },
    { kind: "link", label: "Lihat SKP", url: input.link },
  ]);
}

export function skpReturnedMail(input: Skp & { approverName: string; note: string }): MailContent {
  return compose(`SKP ${input.year} Anda dikembalikan untuk diperbaiki`, `Yth. ${input.ownerName},`, [
    { kind: "p", text: `${versionText(input)[0]!.toUpperCase()}${versionText(input).slice(1)} Anda dikembalikan oleh ${input.approverName} dengan catatan:` },
    { kind: "p", text: input.note },
    { kind: "p", text: "Perbaiki SKP sesuai catatan, lalu ajukan kembali." },
    { kind: "link", label: "Perbaiki SKP", url: input.link },
  ]);
}
