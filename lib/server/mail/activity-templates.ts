import "server-only";
import { compose, type MailContent } from "./templates";

/** To the owner after their supervisor rejected one or more activities in one go (§5, §10). */
export function activitiesRejectedMail(input: {
  ownerName: string;
  reviewerName: string;
  count: number;
  dates: string[];
  reason: string;
  link: string;
}): MailContent {
  const what = input.count === 1 ? "1 aktivitas harian" : `${input.count} aktivitas harian`;
  return compose(`${what[0]!.toUpperCase()}${what.slice(1)} Anda ditolak`, `Yth. ${input.ownerName},`, [
    { kind: "p", text: `${input.reviewerName} menolak ${what} Anda (tanggal ${input.dates.join(", ")}) dengan alasan:` },
    { kind: "p", text: input.reason },
    { kind: "p", text: "Perbaiki aktivitas tersebut lalu ajukan kembali sebelum bulannya dikunci." },
    { kind: "link", label: "Buka aktivitas", url: input.link },
  ]);
}
