import "server-only";
import { formatDateTimeWib } from "@/lib/format-date";

/** A message ready for `sendMail` once the recipient is added. Plain text first, simple HTML too. */
export type MailContent = { subject: string; text: string; html: string };

const SIGNATURE = "Salam,\nTim TRK Jabar\nPemerintah Daerah Provinsi Jawa Barat";
const FOOTER = "Pesan ini dikirim otomatis oleh TRK Jabar; mohon tidak membalas e-mail ini.";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

type Block = { kind: "p"; text: string } | { kind: "code"; label: string; value: string } | { kind: "link"; label: string; url: string };

/** Renders the same blocks as plain text and as minimal, inline-styled HTML. */
export function compose(subject: string, greeting: string, blocks: Block[]): MailContent {
  const text = [
    greeting,
    ...blocks.map((b) => (b.kind === "p" ? b.text : b.kind === "code" ? `${b.label}: ${b.value}` : `${b.label}:\n${b.url}`)),
    SIGNATURE,
    `--\n${FOOTER}`,
  ].join("\n\n");
  const body = blocks
    .map((b) => {
      if (b.kind === "p") return `<p>${escapeHtml(b.text)}</p>`;
      if (b.kind === "code") {
        return `<p>${escapeHtml(b.label)}:<br><strong style="font-family:monospace;font-size:18px;letter-spacing:1px">${escapeHtml(b.value)}</strong></p>`;
      }
      return `<p><a href="${escapeHtml(b.url)}" style="display:inline-block;background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(b.label)}</a></p><p style="font-size:12px;color:#475569">Bila tombol tidak berfungsi, salin alamat ini ke peramban: ${escapeHtml(b.url)}</p>`;
    })
    .join("\n");
  const html = `<!doctype html>
<html lang="id"><body style="font-family:Arial,Helvetica,sans-serif;color:#0f172a;line-height:1.5">
<p>${escapeHtml(greeting)}</p>
${body}
<p>${escapeHtml(SIGNATURE).replace(/\n/g, "<br>")}</p>
<hr><p style="font-size:12px;color:#64748b">${escapeHtml(FOOTER)}</p>
</body></html>`;
  return { subject, text, html };
}

type Person = { name: string; nip: string };

/** The login page of the app at APP_URL. */
export function loginUrl(appUrl: string): string {
  return `${appUrl.replace(/\/+$/, "")}/login`;
}

export function accountActivatedMail(input: Person & { temporaryPassword: string; appUrl: string }): MailContent {
  return compose("Akun TRK Jabar Anda telah diaktifkan", `Yth. ${input.name},`, [
    { kind: "p", text: `Akun TRK Jabar Anda (NIP ${input.nip}) telah diaktifkan oleh admin kepegawaian perangkat daerah Anda.` },
    { kind: "code", label: "Kata sandi sementara", value: input.temporaryPassword },
    { kind: "p", text: "Masuk dengan NIP dan kata sandi sementara tersebut. Anda akan diminta membuat kata sandi baru sebelum dapat menggunakan aplikasi. Jangan berikan kata sandi kepada siapa pun." },
    { kind: "link", label: "Masuk ke TRK Jabar", url: loginUrl(input.appUrl) },
  ]);
}

export function passwordResetByAdminMail(input: Person & { temporaryPassword: string; appUrl: string }): MailContent {
  return compose("Kata sandi TRK Jabar Anda telah diatur ulang", `Yth. ${input.name},`, [
    { kind: "p", text: `Kata sandi akun TRK Jabar Anda (NIP ${input.nip}) telah diatur ulang oleh admin kepegawaian. Semua sesi yang sedang masuk telah diakhiri.` },
    { kind: "code", label: "Kata sandi sementara", value: input.temporaryPassword },
    { kind: "p", text: "Masuk dengan NIP dan kata sandi sementara tersebut, lalu buat kata sandi baru. Bila Anda tidak meminta pengaturan ulang ini, segera hubungi Admin OPD Anda." },
    { kind: "link", label: "Masuk ke TRK Jabar", url: loginUrl(input.appUrl) },
  ]);
}

export function passwordResetLinkMail(input: Person & { link: string; validMinutes: number; expiresAt: Date }): MailContent {
  return compose("Tautan pengaturan ulang kata sandi TRK Jabar", `Yth. ${input.name},`, [
    { kind: "p", text: `Kami menerima permintaan untuk mengatur ulang kata sandi akun TRK Jabar dengan NIP ${input.nip}.` },
    { kind: "link", label: "Atur Ulang Kata Sandi", url: input.link },
    { kind: "p", text: `Tautan ini hanya dapat dipakai satu kali dan berlaku ${input.validMinutes} menit, sampai ${formatDateTimeWib(input.expiresAt)}.` },
    { kind: "p", text: "Bila Anda tidak meminta pengaturan ulang, abaikan e-mail ini; kata sandi Anda tidak berubah." },
  ]);
}

export function passwordChangedMail(input: Person & { at: Date; appUrl: string }): MailContent {
  return compose("Kata sandi TRK Jabar Anda telah diubah", `Yth. ${input.name},`, [
    { kind: "p", text: `Kata sandi akun TRK Jabar Anda (NIP ${input.nip}) telah diubah melalui Lupa Kata Sandi pada ${formatDateTimeWib(input.at)}. Semua sesi lain telah diakhiri.` },
    { kind: "p", text: "Bila bukan Anda yang melakukannya, segera hubungi Admin OPD Anda." },
    { kind: "link", label: "Masuk ke TRK Jabar", url: loginUrl(input.appUrl) },
  ]);
}

/** DESIGN.md §10: the daily reminder when no activity is logged by 15:00 WIB on a working day. */
export function activityReminderMail(input: Person & { dateLabel: string; link: string }): MailContent {
  return compose(`Pengingat: aktivitas harian ${input.dateLabel} belum diisi`, `Yth. ${input.name},`, [
    { kind: "p", text: `Belum ada aktivitas harian yang Anda catat di TRK Jabar untuk ${input.dateLabel}.` },
    { kind: "p", text: "Catat aktivitas Anda hari ini agar dapat diperiksa atasan dan dihitung dalam Tunjangan Remunerasi Kinerja. Aktivitas tidak dapat diubah lagi setelah bulannya dikunci." },
    { kind: "link", label: "Isi Aktivitas Harian", url: input.link },
    { kind: "p", text: "Anda dapat berhenti menerima pengingat ini lewat e-mail pada halaman Profil, bagian Notifikasi E-mail." },
  ]);
}
