import "server-only";
import { activityTransition, type ActivityStatus } from "@/lib/domain/activities/status";
import { formatPersonName } from "@/lib/domain/person-name";
import { env } from "@/lib/env";
import { auditActor, type ServiceActor } from "../authz";
import { writeAuditMany } from "../audit";
import { db } from "../db";
import { reviewableEmployees } from "../employees/reviewable";
import { AppError, invalid } from "../errors";
import { activitiesRejectedMail } from "../mail/activity-templates";
import { notifyMany } from "../notifications/notify";
import { getMonthLock } from "../periods/month-lock";
import type { Tx } from "../prisma-client";

export const REJECT_REASON_MIN = 5;
export const REJECT_REASON_MAX = 1000;
/** One call reviews at most a month of a large team's entries. */
export const MAX_REVIEW_IDS = 5000;

export type ReviewResult = { count: number; owners: number };

const PERSON = { id: true, nip: true, name: true, frontTitle: true, backTitle: true } as const;
type Person = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null };

function normaliseIds(ids: readonly number[]): number[] {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalid("Pilih paling sedikit satu aktivitas.", { ids: ["Pilih paling sedikit satu aktivitas."] });
  if (unique.length > MAX_REVIEW_IDS) throw invalid(`Paling banyak ${MAX_REVIEW_IDS.toLocaleString("id-ID")} aktivitas sekali proses.`);
  if (unique.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw invalid("Ada aktivitas yang tidak valid dalam pilihan Anda.");
  return unique;
}

const dateKeyOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Setujui or Tolak many activities at once (§5), all or nothing: every id must be a DIAJUKAN entry
 * of one of the actor's CURRENT direct subordinates (Admin BKD: also heads of agency) in a month
 * that is not locked; otherwise nothing changes and the reason is given in Indonesian.
 */
async function reviewActivities(input: {
  actor: ServiceActor;
  ids: readonly number[];
  decision: "APPROVE" | "REJECT";
  reason?: string | null;
  now?: Date;
}): Promise<ReviewResult & { rejectedByOwner: Map<number, { owner: Person; dates: string[] }>; reviewer: Person }> {
  const { actor, decision } = input;
  const now = input.now ?? new Date();
  const ids = normaliseIds(input.ids);
  const reason = decision === "REJECT" ? (input.reason ?? "").trim() : null;
  if (decision === "REJECT") {
    if (!reason || reason.length < REJECT_REASON_MIN) {
      throw invalid(`Tuliskan alasan penolakan paling sedikit ${REJECT_REASON_MIN} karakter, agar pegawai tahu apa yang harus diperbaiki.`, {
        reason: [`Alasan penolakan wajib diisi (paling sedikit ${REJECT_REASON_MIN} karakter).`],
      });
    }
    if (reason.length > REJECT_REASON_MAX) throw invalid(`Alasan penolakan paling banyak ${REJECT_REASON_MAX.toLocaleString("id-ID")} karakter.`, { reason: ["Alasan terlalu panjang."] });
  }

  return db.$transaction(async (tx: Tx) => {
    const rows = await tx.activity.findMany({
      where: { id: { in: ids }, employee: reviewableEmployees(actor) },
      select: { id: true, date: true, status: true, employeeId: true, employee: { select: PERSON } },
    });
    if (rows.length !== ids.length) {
      const missing = ids.length - rows.length;
      throw new AppError(
        "NOT_FOUND",
        `${missing === 1 ? "Satu" : missing} aktivitas yang dipilih tidak ditemukan atau bukan milik bawahan langsung Anda; tidak ada yang diproses.`,
      );
    }
    // Only now, and only the actor's own entries: serialise with the owner's edit/submit and with a
    // second review of the same entries; the conditional update below re-checks the state.
    await tx.$queryRaw`SELECT id FROM activity WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
    const lockByMonth = new Map<string, boolean>();
    for (const row of rows) {
      const year = row.date.getUTCFullYear();
      const month = row.date.getUTCMonth() + 1;
      const key = `${year}-${month}`;
      if (!lockByMonth.has(key)) lockByMonth.set(key, (await getMonthLock(tx, { year, month, now })).locked);
      const result = activityTransition({ status: row.status as ActivityStatus, relation: "REVIEWER", action: decision, monthLocked: lockByMonth.get(key)! });
      if (!result.ok) {
        const who = formatPersonName(row.employee);
        throw new AppError(result.reason, `${result.message} (${who}, ${dateKeyOf(row.date)}). Tidak ada aktivitas yang diproses.`);
      }
    }
    const to: ActivityStatus = decision === "APPROVE" ? "DISETUJUI" : "DITOLAK";
    const updated = await tx.activity.updateMany({
      where: { id: { in: ids }, status: "DIAJUKAN" },
      data: { status: to, reviewedByEmployeeId: actor.employeeId, reviewedAt: now, rejectReason: reason },
    });
    if (updated.count !== ids.length) throw new AppError("CONFLICT", "Sebagian aktivitas baru saja berubah; muat ulang halaman lalu coba lagi.");
    await writeAuditMany(
      tx,
      auditActor(actor),
      rows.map((row) => ({
        action: decision === "APPROVE" ? "activity.approve" : "activity.reject",
        targetType: "Activity",
        targetId: row.id,
        before: { status: row.status },
        after: { status: to, employeeId: row.employeeId, date: dateKeyOf(row.date), rejectReason: reason },
      })),
    );
    const rejectedByOwner = new Map<number, { owner: Person; dates: string[] }>();
    if (decision === "REJECT") {
      for (const row of rows) {
        const entry = rejectedByOwner.get(row.employeeId) ?? { owner: row.employee, dates: [] };
        entry.dates.push(dateKeyOf(row.date));
        rejectedByOwner.set(row.employeeId, entry);
      }
    }
    const reviewer = await tx.employee.findUniqueOrThrow({ where: { id: actor.employeeId }, select: PERSON });
    return { count: rows.length, owners: new Set(rows.map((r) => r.employeeId)).size, rejectedByOwner, reviewer };
  });
}

/** Setujui: DIAJUKAN → DISETUJUI for every id, or nothing. */
export async function approveActivities(input: { actor: ServiceActor; ids: readonly number[]; now?: Date }): Promise<ReviewResult> {
  const result = await reviewActivities({ ...input, decision: "APPROVE" });
  return { count: result.count, owners: result.owners };
}

/** Tolak with a reason (≥ 5 characters): DIAJUKAN → DITOLAK for every id, or nothing; one notification per owner. */
export async function rejectActivities(input: { actor: ServiceActor; ids: readonly number[]; reason: string; now?: Date }): Promise<ReviewResult> {
  const result = await reviewActivities({ ...input, decision: "REJECT" });
  const reason = input.reason.trim();
  const reviewerName = formatPersonName(result.reviewer);
  const base = env().APP_URL.replace(/\/+$/, "");
  await notifyMany(
    [...result.rejectedByOwner.values()].map(({ owner, dates }) => {
      const unique = [...new Set(dates)].sort();
      const path = `/aktivitas?tanggal=${unique[0]}`;
      const count = dates.length;
      return {
        employeeId: owner.id,
        kind: "ACTIVITY_REJECTED" as const,
        title: count === 1 ? "Aktivitas Anda ditolak" : `${count} aktivitas Anda ditolak`,
        body: `${reviewerName} menolak ${count} aktivitas (tanggal ${unique.join(", ")}): ${reason}`,
        link: path,
        mail: activitiesRejectedMail({ ownerName: formatPersonName(owner), reviewerName, count, dates: unique, reason, link: `${base}${path}` }),
      };
    }),
  );
  return { count: result.count, owners: result.owners };
}
