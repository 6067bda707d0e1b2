import "server-only";
import { assignRaters as planAssignments, type OrgMember } from "@/lib/domain/ratings/assignment";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { writeAudit, type AuditActor } from "../audit";
import { db } from "../db";
import type { Db, Tx } from "../prisma-client";
import { assertMonthOpen } from "../periods/month-lock";
import { assertPeriodMonth } from "../periods/period-row";
import { loadRatingConfig } from "./config";

export type AssignRatersResult = { year: number; month: number; members: number; planned: number; created: number; removed: number; total: number };

/**
 * A PostgreSQL array literal ("{1,2,3}") of integers or plain identifiers, passed as one text
 * parameter: the driver adapter converts a JS array element by element, several times slower for
 * the hundreds of thousands of rows of a province-wide month.
 */
function arrayLiteral(values: readonly (number | string)[]): string {
  for (const v of values) if (typeof v === "number" ? !Number.isSafeInteger(v) : !/^[A-Z_]+$/.test(v)) throw new Error(`nilai larik tidak valid: ${v}`);
  return `{${values.join(",")}}`;
}

const SYSTEM: AuditActor = { userId: null, nip: null, ip: null };

/**
 * Who takes part in month year/month: employed on at least one day of the month (start date not
 * after its last day, no end date before its first) with an ACTIVE account.
 */
export async function monthOrganisation(client: Db | Tx, input: { year: number; month: number; opdId?: number }): Promise<OrgMember[]> {
  const first = new Date(Date.UTC(input.year, input.month - 1, 1));
  const last = new Date(Date.UTC(input.year, input.month - 1, daysInMonth(input.year, input.month)));
  return client.employee.findMany({
    where: {
      ...(input.opdId != null ? { opdId: input.opdId } : {}),
      user: { status: "ACTIVE" },
      startDate: { lte: last },
      OR: [{ endDate: null }, { endDate: { gte: first } }],
    },
    select: { id: true, supervisorId: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Builds and stores the rater assignments of a month for everyone (DESIGN.md §7; the rule is in
 * lib/domain/ratings/assignment.ts). Idempotent: the plan is the same for the same organisation,
 * so re-running adds nothing; when the organisation changed (someone joined, left or moved) the
 * missing pairs are added and the pairs no longer planned are removed unless they already carry a
 * rating, which is never touched. Whatever the number of employees: one read of the month's rows,
 * one DELETE by id and one INSERT … SELECT FROM unnest(…), in one transaction with one summary
 * audit entry; runs for the same month are serialised by an advisory lock. Refused (LOCKED) once
 * the month is locked.
 */
export async function assignRaters(input: { year: number; month: number; now?: Date; actor?: AuditActor }, client: Db = db): Promise<AssignRatersResult> {
  assertPeriodMonth(input);
  const { year, month } = input;
  const now = input.now ?? new Date();
  return client.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS "ok" FROM (SELECT pg_advisory_xact_lock(hashtext(${`rater-assignment:${year}-${month}`}))) AS "l"`;
      await assertMonthOpen(tx, { year, month, now });
      const [members, config] = await Promise.all([monthOrganisation(tx, { year, month }), loadRatingConfig(tx, year)]);
      const plan = planAssignments({ year, month, members, maxPeers: config.maxPeers });

      // The difference with what is stored is computed here (by pair and role), so the database
      // only deletes by id and inserts the missing rows: no anti-join against a large array.
      const existing = await tx.$queryRaw<{ id: number; rater: number; ratee: number; role: string; rated: boolean }[]>`
        SELECT a."id", a."raterEmployeeId" AS "rater", a."rateeEmployeeId" AS "ratee", a."role"::text AS "role",
               EXISTS (SELECT 1 FROM "behaviour_rating" r WHERE r."assignmentId" = a."id") AS "rated"
        FROM "rater_assignment" a WHERE a."year" = ${year} AND a."month" = ${month}`;
      const planned = new Set(plan.map((a) => `${a.raterId}:${a.rateeId}:${a.role}`));
      const stale = existing.filter((e) => !e.rated && !planned.has(`${e.rater}:${e.ratee}:${e.role}`)).map((e) => e.id);
      const staleIds = new Set(stale);
      const kept = new Set(existing.filter((e) => !staleIds.has(e.id)).map((e) => `${e.rater}:${e.ratee}`));
      const missing = plan.filter((a) => !kept.has(`${a.raterId}:${a.rateeId}`));

      const removed = stale.length === 0 ? 0 : await tx.$executeRaw`DELETE FROM "rater_assignment" WHERE "id" = ANY(${arrayLiteral(stale)}::int[])`;
      const created = missing.length === 0 ? 0 : await tx.$executeRaw`
        INSERT INTO "rater_assignment" ("year", "month", "raterEmployeeId", "rateeEmployeeId", "role")
        SELECT ${year}, ${month}, p."rater", p."ratee", p."role"::"RaterRole"
        FROM unnest(${arrayLiteral(missing.map((a) => a.raterId))}::int[], ${arrayLiteral(missing.map((a) => a.rateeId))}::int[],
                    ${arrayLiteral(missing.map((a) => a.role))}::text[]) AS p("rater", "ratee", "role")
        ON CONFLICT ("year", "month", "raterEmployeeId", "rateeEmployeeId") DO NOTHING`;
      const total = await tx.raterAssignment.count({ where: { year, month } });
      const result = { year, month, members: members.length, planned: plan.length, created, removed, total };
      if (created > 0 || removed > 0) {
        await writeAudit(tx, input.actor ?? SYSTEM, {
          action: "rating.assign",
          targetType: "RaterAssignmentMonth",
          targetId: `${year}-${String(month).padStart(2, "0")}`,
          after: result,
        });
      }
      return result;
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
