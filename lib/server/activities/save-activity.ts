import "server-only";
import type { ActivityStatus } from "@/lib/domain/activities/status";
import { checkActivity, parseTimeOfDay } from "@/lib/domain/activities/rules";
import { evidenceMessages, MAX_EVIDENCE_PER_TARGET } from "@/lib/domain/evidence";
import { dateKey, jakartaDate, parseDateKey } from "@/lib/domain/period";
import { auditActor, assertCan, type ServiceActor } from "../authz";
import { AppError, invalid, notFound } from "../errors";
import { attachEvidence } from "../evidence/attach-evidence";
import { monthLockFrom } from "../periods/month-lock";
import { advisoryXactLock, isUniqueViolation, sqlQuery, withSqlTransaction, type SqlClient } from "../sql";
import { assertActivityTransition } from "./guards";

export type ActivityInput = {
  /** Present when editing an entry; absent for a new one. */
  id?: number | null;
  /** Client-generated id of this form submission: a double submit creates one entry. */
  clientRequestId?: string | null;
  date: string;
  startTime: string;
  endTime: string;
  /** An RHK of the employee's SKP in force for that year, or null for Aktivitas Tambahan. */
  rhkId: number | null;
  instructionId?: number | null;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  evidenceIds?: number[];
  /** Save and submit (Ajukan) in one go. */
  submit: boolean;
};

export type SaveActivityResult = { id: number; status: string; duplicate: boolean };

/** The audited snapshot of an entry (the audit row's before/after). */
type Snapshot = {
  id: number;
  date: string;
  startMinute: number;
  endMinute: number;
  rhkId: number | null;
  instructionId: number | null;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  status: ActivityStatus;
};

/** Columns of Snapshot; dates as ISO text (as Prisma wrote them), the quantity without trailing zeros. */
const SNAPSHOT_SQL = `id, to_char(date, 'YYYY-MM-DD"T"00:00:00.000"Z"') AS date, "startMinute", "endMinute", "rhkId", "instructionId",
  description, trim_scale("outputQuantity")::text AS "outputQuantity", "outputUnit", status::text AS status`;

/** Milliseconds of a timestamp column (stored as UTC without zone), so no driver guesses a zone. */
const epochMs = (column: string) => `(extract(epoch FROM ${column}) * 1000)::float8`;

/**
 * The per-(employee, day) advisory lock that serialises every change to one employee's entries of one
 * day (two tabs, a double click), so the overlap check sees what the other wrote.
 */
const dayLockKey = (date: Date) => Math.floor(date.getTime() / 86_400_000);

type Checks = {
  existing: { id: number; status: string } | null;
  lockAt: number | null;
  lockedAt: number | null;
  reopenedAt: number | null;
  others: [number, number, number][];
  rhkOk: boolean;
  instructionOk: boolean;
};

/**
 * Everything the rules need, read in one statement after the day's lock is held: the entry this form
 * submission already made (double submit), the month's lock, the day's other entries, and whether
 * the RHK is of the employee's SKP in force for the year and the instruction was addressed to them.
 */
async function readChecks(client: SqlClient, input: { employeeId: number; clientRequestId: string | null; year: number; month: number; date: string; excludeId: number | null; rhkId: number | null; instructionId: number | null }): Promise<Checks> {
  const { rows } = await client.query<Checks>(
    `SELECT
       (SELECT json_build_object('id', id, 'status', status) FROM activity WHERE "employeeId" = $1 AND "clientRequestId" = $2) AS existing,
       p."lockAt", p."lockedAt", p."reopenedAt",
       (SELECT coalesce(json_agg(json_build_array(id, "startMinute", "endMinute")), '[]'::json) FROM activity
         WHERE "employeeId" = $1 AND date = $5::date AND ($6::int IS NULL OR id <> $6)) AS others,
       ($7::int IS NULL OR EXISTS (SELECT 1 FROM rhk r JOIN skp s ON s."inForceVersionId" = r."skpVersionId"
         WHERE r.id = $7 AND s."employeeId" = $1 AND s.year = $3)) AS "rhkOk",
       ($8::int IS NULL OR EXISTS (SELECT 1 FROM instruction_recipient ir JOIN instruction i ON i.id = ir."instructionId"
         WHERE ir."instructionId" = $8 AND ir."employeeId" = $1 AND i."cancelledAt" IS NULL)) AS "instructionOk"
     FROM (SELECT 1) AS one
     LEFT JOIN (SELECT ${epochMs('"lockAt"')} AS "lockAt", ${epochMs('"lockedAt"')} AS "lockedAt", ${epochMs('"reopenedAt"')} AS "reopenedAt"
                FROM period WHERE year = $3 AND month = $4) AS p ON true`,
    [input.employeeId, input.clientRequestId, input.year, input.month, input.date, input.excludeId, input.rhkId, input.instructionId],
  );
  return rows[0]!;
}

const monthLock = (checks: Pick<Checks, "lockAt" | "lockedAt" | "reopenedAt">, input: { year: number; month: number; now: Date }) =>
  monthLockFrom(
    checks.lockAt == null
      ? null
      : { lockAt: new Date(checks.lockAt), lockedAt: checks.lockedAt == null ? null : new Date(checks.lockedAt), reopenedAt: checks.reopenedAt == null ? null : new Date(checks.reopenedAt) },
    input,
  );

/** The entry a submission with this client request id made, if any (after a unique-key race). */
async function madeBy(employeeId: number, clientRequestId: string): Promise<SaveActivityResult | null> {
  const [row] = await sqlQuery<{ id: number; status: string }>(`SELECT id, status::text AS status FROM activity WHERE "employeeId" = $1 AND "clientRequestId" = $2`, [employeeId, clientRequestId]);
  return row ? { id: row.id, status: row.status, duplicate: true } : null;
}

/**
 * Creates or edits one of the actor's own activities (DESIGN.md §5), optionally submitting it. All
 * rules are checked before anything is written: date not in the future and its month not locked, end
 * after start, no overlap with the employee's other entries that day (checked under a per-day lock),
 * an RHK only from the SKP in force, at most five evidence files of the employee's own.
 *
 * This is the month-end hot path, so it runs on a plain pg connection in as few round trips as the
 * rules allow — a new entry: BEGIN with the day's lock, one read of everything the rules need, one
 * statement inserting the entry and its audit row, COMMIT (bench:province (b0)).
 */
export async function saveActivity(input: { actor: ServiceActor; activity: ActivityInput; now?: Date }): Promise<SaveActivityResult> {
  const { actor, activity } = input;
  const now = input.now ?? new Date();
  assertCan(actor, "activity.editOwn", { employeeId: actor.employeeId });
  const date = parseDateKey(activity.date);
  if (!date) throw invalid("Tanggal aktivitas tidak valid.", { date: ["Isi tanggal dengan benar."] });
  const evidenceIds = [...new Set(activity.evidenceIds ?? [])];
  if (evidenceIds.length > MAX_EVIDENCE_PER_TARGET) {
    const message = evidenceMessages.tooManyFiles(MAX_EVIDENCE_PER_TARGET);
    throw invalid(message, { evidenceIds: [message] });
  }
  const key = dateKey(date);
  const day = dayLockKey(new Date(`${key}T00:00:00Z`));
  const startMinute = parseTimeOfDay(activity.startTime);
  const endMinute = parseTimeOfDay(activity.endTime);
  const editId = activity.id ?? null;
  const clientRequestId = !editId && activity.clientRequestId ? activity.clientRequestId : null;
  const audit = auditActor(actor);

  const save = (client: SqlClient): Promise<SaveActivityResult> =>
    (async () => {
      let before: Snapshot | null = null;
      if (editId) {
        // The row first (a reviewer changing it waits), then the day locks in a fixed order.
        const found = await client.query<Snapshot & Pick<Checks, "lockAt" | "lockedAt" | "reopenedAt"> & { year: number; month: number }>(
          `SELECT ${SNAPSHOT_SQL}, extract(year FROM date)::int AS year, extract(month FROM date)::int AS month,
                  (SELECT ${epochMs('"lockAt"')} FROM period p WHERE p.year = extract(year FROM a.date) AND p.month = extract(month FROM a.date)) AS "lockAt",
                  (SELECT ${epochMs('"lockedAt"')} FROM period p WHERE p.year = extract(year FROM a.date) AND p.month = extract(month FROM a.date)) AS "lockedAt",
                  (SELECT ${epochMs('"reopenedAt"')} FROM period p WHERE p.year = extract(year FROM a.date) AND p.month = extract(month FROM a.date)) AS "reopenedAt"
           FROM activity a WHERE id = $1 AND "employeeId" = $2 FOR UPDATE`,
          [editId, actor.employeeId],
        );
        const row = found.rows[0];
        if (!row) throw notFound("Aktivitas tidak ditemukan.");
        const { year, month, lockAt, lockedAt, reopenedAt, ...snapshot } = row;
        before = snapshot;
        const oldLock = monthLock({ lockAt, lockedAt, reopenedAt }, { year, month, now });
        assertActivityTransition({ status: before.status, relation: "OWNER", action: "EDIT", monthLocked: oldLock.locked });
        const days = [...new Set([dayLockKey(new Date(before.date)), day])].sort((a, b) => a - b);
        await client.query(days.map((d) => advisoryXactLock(actor.employeeId, d)).join("; "));
      }

      const checks = await readChecks(client, {
        employeeId: actor.employeeId,
        clientRequestId,
        year: date.year,
        month: date.month,
        date: key,
        excludeId: editId,
        rhkId: activity.rhkId,
        instructionId: activity.instructionId ?? null,
      });
      // A repeated submission of the same form returns the entry it already made. Read under the
      // day's lock, so a copy sent at the same moment waited for the first and now finds it.
      if (checks.existing) return { id: checks.existing.id, status: checks.existing.status, duplicate: true };
      const lock = monthLock(checks, { year: date.year, month: date.month, now });
      if (lock.locked) throw new AppError("LOCKED", `Bulan ${date.month}/${date.year} sudah dikunci; aktivitas tanggal tersebut tidak dapat ditambah atau diubah.`);

      const errors = checkActivity({
        dateKey: key,
        today: dateKey(jakartaDate(now)),
        startMinute,
        endMinute,
        description: activity.description,
        outputQuantity: activity.outputQuantity,
        outputUnit: activity.outputUnit,
        others: checks.others.map(([id, s, e]) => ({ id, startMinute: s, endMinute: e })),
        id: editId ?? undefined,
      });
      if (Object.keys(errors).length > 0) throw invalid("Periksa kembali isian yang ditandai.", errors as Record<string, string[]>);
      if (!checks.rhkOk) {
        throw invalid("RHK harus dipilih dari SKP Anda yang disetujui untuk tahun tersebut.", {
          rhkId: ["Pilih RHK dari SKP Anda yang berlaku, atau Aktivitas Tambahan."],
        });
      }
      if (!checks.instructionOk) throw invalid("Instruksi tidak ditemukan di antara instruksi yang Anda terima.", { instructionId: ["Pilih instruksi yang ditujukan kepada Anda."] });

      const action = before ? (activity.submit ? "activity.update_submit" : "activity.update") : activity.submit ? "activity.create_submit" : "activity.create";
      const values = [
        key,
        startMinute,
        endMinute,
        activity.rhkId,
        activity.instructionId ?? null,
        activity.description.trim(),
        activity.outputQuantity.trim().replace(",", "."),
        activity.outputUnit.trim(),
        activity.submit,
        now.toISOString(),
        audit.userId,
        audit.nip ?? null,
        audit.ip ?? null,
        action,
        JSON.stringify({ evidenceIds }),
      ];
      // The entry and its audit row in one statement; the audit's "after" is the saved row.
      const write = before
        ? `WITH saved AS (
             UPDATE activity SET date = $1::date, "startMinute" = $2, "endMinute" = $3, "rhkId" = $4, "instructionId" = $5, description = $6,
               "outputQuantity" = $7::numeric, "outputUnit" = $8, "updatedAt" = $10::timestamptz AT TIME ZONE 'UTC',
               status = CASE WHEN $9 THEN 'DIAJUKAN'::"ActivityStatus" ELSE status END,
               "submittedAt" = CASE WHEN $9 THEN $10::timestamptz AT TIME ZONE 'UTC' ELSE "submittedAt" END,
               "rejectReason" = CASE WHEN $9 THEN NULL ELSE "rejectReason" END,
               "reviewedAt" = CASE WHEN $9 THEN NULL ELSE "reviewedAt" END,
               "reviewedByEmployeeId" = CASE WHEN $9 THEN NULL ELSE "reviewedByEmployeeId" END
             WHERE id = $16 RETURNING ${SNAPSHOT_SQL}
           )`
        : `WITH saved AS (
             INSERT INTO activity ("employeeId", date, "startMinute", "endMinute", "rhkId", "instructionId", description, "outputQuantity", "outputUnit",
                                   status, "submittedAt", "clientRequestId", "createdAt", "updatedAt")
             VALUES ($16, $1::date, $2, $3, $4, $5, $6, $7::numeric, $8,
                     CASE WHEN $9 THEN 'DIAJUKAN'::"ActivityStatus" ELSE 'DRAFT'::"ActivityStatus" END, CASE WHEN $9 THEN $10::timestamptz AT TIME ZONE 'UTC' END, $17,
                     $10::timestamptz AT TIME ZONE 'UTC', $10::timestamptz AT TIME ZONE 'UTC')
             RETURNING ${SNAPSHOT_SQL}
           )`;
      const { rows } = await client.query<{ id: number; status: string }>(
        `${write},
         audited AS (
           INSERT INTO audit_log ("actorUserId", "actorNip", ip, action, "targetType", "targetId", before, after, "createdAt")
           SELECT $11, $12, $13, $14, 'Activity', saved.id::text, $${before ? 17 : 18}::jsonb, to_jsonb(saved) || $15::jsonb, now() AT TIME ZONE 'UTC' FROM saved
         )
         SELECT id, status FROM saved`,
        before ? [...values, before.id, JSON.stringify(before)] : [...values, actor.employeeId, clientRequestId, null],
      );
      const saved = rows[0]!;
      if (before || evidenceIds.length > 0) {
        await attachEvidence(client, { ids: evidenceIds, ownerEmployeeId: actor.employeeId, target: { activityId: saved.id }, release: true });
      }
      return { id: saved.id, status: saved.status, duplicate: false };
    })();

  try {
    // A new entry takes the day's lock with BEGIN; an edit locks its row first (above).
    return await withSqlTransaction(save, { begin: editId ? undefined : advisoryXactLock(actor.employeeId, day) });
  } catch (error) {
    // The same submission raced past the first check on another day's lock: the unique key kept one.
    if (clientRequestId && isUniqueViolation(error, "activity_employeeId_clientRequestId_key")) {
      const existing = await madeBy(actor.employeeId, clientRequestId);
      if (existing) return existing;
    }
    throw error;
  }
}
