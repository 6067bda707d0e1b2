import "server-only";
import { env } from "@/lib/env";
import { formatDecimalId } from "@/lib/domain/iki/value";
import { monthLabel } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { db } from "../db";
import { realisationReturnedMail, realisationSubmittedMail, realisationVerifiedMail } from "../mail/iki-templates";
import { notifyMany } from "../notifications/notify";

type Person = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null };

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;
const link = (path: string) => `${env().APP_URL.replace(/\/+$/, "")}${path}`;
const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/** After Ajukan: the current supervisor, or every active Admin BKD for a head of agency (§6, §10). */
export async function notifyRealisationSubmitted(input: {
  owner: Person;
  reviewerId: number | null;
  year: number;
  month: number;
  ikiDescription: string;
  value: string;
  unit: string;
}): Promise<void> {
  const reviewers: Person[] =
    input.reviewerId != null
      ? await db.employee.findMany({ where: { id: input.reviewerId }, select: PERSON })
      : await db.employee.findMany({ where: { user: { role: "ADMIN_BKD", status: "ACTIVE" }, id: { not: input.owner.id } }, select: PERSON });
  const ownerName = formatPersonName(input.owner);
  const period = `${monthLabel(input.month)} ${input.year}`;
  const path = `/iki/verifikasi?bulan=${monthKey(input.year, input.month)}`;
  const value = `${formatDecimalId(input.value)} ${input.unit}`;
  await notifyMany(
    reviewers.map((reviewer) => ({
      employeeId: reviewer.id,
      kind: "REALISATION_SUBMITTED" as const,
      title: `Realisasi IKI ${period} ${ownerName} menunggu verifikasi`,
      body: `${ownerName} (NIP ${input.owner.nip}) mengajukan realisasi "${input.ikiDescription}": ${value}.`,
      link: path,
      mail: realisationSubmittedMail({ ownerName, ownerNip: input.owner.nip, reviewerName: formatPersonName(reviewer), period, ikiDescription: input.ikiDescription, value, link: link(path) }),
    })),
  );
}

export type ReviewedItem = { owner: Person; year: number; month: number; ikiDescription: string; value: string; unit: string };

/** After Verifikasi or Kembalikan: each owner once per month, listing their realisations (§10). */
export async function notifyRealisationsReviewed(input: { reviewer: Person; decision: "VERIFY" | "RETURN"; note: string | null; items: ReviewedItem[] }): Promise<void> {
  const reviewerName = formatPersonName(input.reviewer);
  const groups = new Map<string, ReviewedItem[]>();
  for (const item of input.items) {
    const key = `${item.owner.id}:${item.year}:${item.month}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  await notifyMany(
    [...groups.values()].map((items) => {
      const { owner, year, month } = items[0]!;
      const ownerName = formatPersonName(owner);
      const period = `${monthLabel(month)} ${year}`;
      const path = `/iki?bulan=${monthKey(year, month)}`;
      const lines = items.map((i) => `${i.ikiDescription}: ${formatDecimalId(i.value)} ${i.unit}`);
      const what = items.length === 1 ? `Realisasi "${items[0]!.ikiDescription}"` : `${items.length} realisasi IKI`;
      return input.decision === "VERIFY"
        ? {
            employeeId: owner.id,
            kind: "REALISATION_VERIFIED" as const,
            title: `Realisasi IKI ${period} diverifikasi`,
            body: `${what} bulan ${period} diverifikasi oleh ${reviewerName}.`,
            link: path,
            mail: realisationVerifiedMail({ ownerName, reviewerName, period, items: lines, link: link(path) }),
          }
        : {
            employeeId: owner.id,
            kind: "REALISATION_RETURNED" as const,
            title: `Realisasi IKI ${period} dikembalikan`,
            body: `${what} bulan ${period} dikembalikan oleh ${reviewerName}: ${input.note ?? ""}`,
            link: path,
            mail: realisationReturnedMail({ ownerName, reviewerName, period, items: lines, note: input.note ?? "", link: link(path) }),
          };
    }),
  );
}
