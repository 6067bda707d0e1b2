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
 * rating, which is never touched. One INSERT … SELECT FROM unnest(…) and one DELETE, whatever the
 * number of employees, in one transaction with one summary audit entry; runs for the same month
 * are serialised by an advisory lock. Refused (LOCKED) once the month is locked.
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
      const raters = plan.map((a) => a.raterId);
      const ratees = plan.map((a) => a.rateeId);
      const roles = plan.map((a) => a.role);

      const removed = await tx.$executeRaw`
        DELETE FROM "rater_assignment" a
        WHERE a."year" = ${year} AND a."month" = ${month}
          AND NOT EXISTS (SELECT 1 FROM "behaviour_rating" r WHERE r."assignmentId" = a."id")
          AND NOT EXISTS (
            SELECT 1 FROM unnest(${raters}::int[], ${ratees}::int[], ${roles}::text[]) AS p("rater", "ratee", "role")
            WHERE p."rater" = a."raterEmployeeId" AND p."ratee" = a."rateeEmployeeId" AND p."role" = a."role"::text)`;
      const created = await tx.$executeRaw`
        INSERT INTO "rater_assignment" ("year", "month", "raterEmployeeId", "rateeEmployeeId", "role")
        SELECT ${year}, ${month}, p."rater", p."ratee", p."role"::"RaterRole"
        FROM unnest(${raters}::int[], ${ratees}::int[], ${roles}::text[]) AS p("rater", "ratee", "role")
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
