import "server-only";
import { compose, type MailContent } from "./templates";

/** DESIGN.md §10: rating requested — the month's 360° window is open for this rater. */
export function ratingRequestedMail(input: { name: string; periodLabel: string; lockLabel: string; link: string }): MailContent {
  return compose(`Permintaan penilaian perilaku ${input.periodLabel}`, `Yth. ${input.name},`, [
    { kind: "p", text: `Penilaian perilaku kerja (360°, nilai dasar BerAKHLAK) untuk bulan ${input.periodLabel} telah dibuka. Anda diminta menilai atasan, rekan kerja, dan/atau bawahan yang ditugaskan kepada Anda.` },
    { kind: "p", text: `Penilaian dapat diberikan dan diubah sampai bulan tersebut dikunci pada ${input.lockLabel}. Nama penilai tidak pernah ditampilkan kepada pegawai yang dinilai.` },
    { kind: "link", label: "Buka Penilaian Perilaku", url: input.link },
    { kind: "p", text: "Anda dapat berhenti menerima pemberitahuan ini lewat e-mail pada halaman Profil, bagian Notifikasi E-mail." },
  ]);
}
