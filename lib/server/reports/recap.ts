import "server-only";
import { daysInMonth } from "@/lib/domain/calendar-date";
import { cmp } from "@/lib/domain/rational";
import { formatPersonName } from "@/lib/domain/person-name";
import type { RecapRow } from "@/lib/domain/reports/recap-columns";
import type { MonthlyScore } from "@/lib/domain/scoring/monthly-score";
import type { Predikat } from "@/lib/domain/scoring/predikat";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toDbDate } from "../admin/db-date";
import { allowed, type ServiceActor } from "../authz";
import { loadMonthCalendar } from "../calendar/month-calendar";
import { forbidden, notFound } from "../errors";
import type { Db } from "../prisma-client";
import { policyOfYear } from "../remuneration/policy-store";
import { monthScores } from "../scoring/month-scores";
import { PERIOD_LABELS, type EvaluationPeriod } from "../scoring/period";

/** `tim`: the actor's direct subordinates; `opd`: an agency (optionally one unit and its sub-units). */
export type RecapScope = { mode: "tim" } | { mode: "opd"; opdId: number; unitId?: number | null };

export type Recap = {
  year: number;
  month: number;
  mode: RecapScope["mode"];
  opd: { id: number; name: string } | null;
  unit: { id: number; name: string } | null;
  rows: RecapRow[];
};

/** monthScores and the `IN` lists take the employees in chunks of this size. */
export const RECAP_CHUNK = 2000;

// The latest evaluation of the year wins: the annual one, then the later quarters.
const PERIOD_RANK: Record<EvaluationPeriod, number> = { TAHUNAN: 5, TW4: 4, TW3: 3, TW2: 2, TW1: 1 };

function chunks<T>(xs: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/**
 * Where the actor may look, as a `where` on Employee (enforced in the query, HOUSE_STYLE.md):
 * FORBIDDEN for an agency the actor does not report on, NOT_FOUND for an unknown agency or unit.
 */
async function scopeWhere(client: Db, actor: ServiceActor, scope: RecapScope): Promise<{ where: Prisma.EmployeeWhereInput; opd: Recap["opd"]; unit: Recap["unit"] }> {
  if (scope.mode === "tim") {
    return { where: { supervisorId: actor.employeeId, id: { not: actor.employeeId } }, opd: null, unit: null };
  }
  if (!allowed(actor, "report.viewAgency", { opdId: scope.opdId })) throw forbidden("Anda tidak berwenang melihat rekap perangkat daerah ini.");
  const opd = await client.opd.findUnique({ where: { id: scope.opdId }, select: { id: true, name: true } });
  if (!opd) throw notFound("Perangkat daerah tidak ditemukan.");
  // Admin OPD: their own agency, also in the query.
  const agency: Prisma.EmployeeWhereInput = actor.role === "ADMIN_BKD" ? { opdId: opd.id } : { AND: [{ opdId: opd.id }, { opdId: actor.opdId }] };
  if (scope.unitId == null) return { where: agency, opd, unit: null };
  const units = await client.unit.findMany({ where: { opdId: opd.id }, select: { id: true, name: true, parentId: true } });
  const unit = units.find((u) => u.id === scope.unitId);
  if (!unit) throw notFound("Unit kerja tidak ditemukan pada perangkat daerah ini.");
  // The unit and everything below it (a bidang includes its seksi).
  const subtree = new Set([unit.id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && subtree.has(u.parentId) && !subtree.has(u.id)) {
        subtree.add(u.id);
        grew = true;
      }
    }
  }
  return { where: { AND: [agency, { unitId: { in: [...subtree] } }] }, opd, unit: { id: unit.id, name: unit.name } };
}

/**
 * The recap of a month with ranking (DESIGN.md §11): every employee in scope who was employed in
 * the month, with the components of the monthly score (§8.1), the score and the latest predikat of
 * the year, sorted by score (highest first; no score last), ties by name then NIP. Batch queries,
 * in chunks of RECAP_CHUNK employees. The page and both exports call this one function.
 */
export async function buildRecap(client: Db, input: { actor: ServiceActor; year: number; month: number; scope: RecapScope; now: Date }): Promise<Recap> {
  const { where, opd, unit } = await scopeWhere(client, input.actor, input.scope);
  const first = toDbDate({ year: input.year, month: input.month, day: 1 });
  const last = toDbDate({ year: input.year, month: input.month, day: daysInMonth(input.year, input.month) });
  const employees = await client.employee.findMany({
    where: { AND: [where, { startDate: { lte: last } }, { OR: [{ endDate: null }, { endDate: { gte: first } }] }] },
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } }, unit: { select: { name: true } } },
  });
  const base = { year: input.year, month: input.month, mode: input.scope.mode, opd, unit };
  if (employees.length === 0) return { ...base, rows: [] };

  const { policy } = await policyOfYear(client, input.year);
  const calendar = await loadMonthCalendar(client, input);
  const scores = new Map<number, { score: MonthlyScore }>();
  const predikats = new Map<number, { value: Predikat; period: EvaluationPeriod }>();
  for (const ids of chunks(employees.map((e) => e.id), RECAP_CHUNK)) {
    const [chunkScores, evaluations] = await Promise.all([
      monthScores(client, { year: input.year, month: input.month, employeeIds: ids, policy, now: input.now, calendar }),
      client.predikatEvaluation.findMany({ where: { year: input.year, employeeId: { in: ids } }, select: { employeeId: true, period: true, predikat: true } }),
    ]);
    for (const [id, s] of chunkScores) scores.set(id, s);
    for (const e of evaluations) {
      const seen = predikats.get(e.employeeId);
      if (!seen || PERIOD_RANK[e.period] > PERIOD_RANK[seen.period]) predikats.set(e.employeeId, { value: e.predikat, period: e.period });
    }
  }

  const rows = employees.map((e) => {
    const entry = scores.get(e.id);
    const line = (c: string) => entry?.score.lines.find((l) => l.component === c)?.score ?? null;
    const p = predikats.get(e.id);
    return {
      rank: 0,
      employeeId: e.id,
      nip: e.nip,
      name: formatPersonName(e),
      position: e.position.name,
      unit: e.unit.name,
      aktivitas: line("aktivitas"),
      capaianIki: line("capaianIki"),
      perilaku: line("perilaku"),
      nilai: entry?.score.total ?? null,
      predikat: p ? { value: p.value, periodLabel: PERIOD_LABELS[p.period] } : null,
      sortName: e.name,
    };
  });
  rows.sort((a, b) => {
    if (a.nilai && b.nilai) {
      const c = cmp(b.nilai, a.nilai);
      if (c !== 0) return c;
    } else if (a.nilai || b.nilai) return a.nilai ? -1 : 1;
    return a.sortName.localeCompare(b.sortName, "id") || a.nip.localeCompare(b.nip);
  });
  return { ...base, rows: rows.map(({ sortName: _, ...r }, i) => ({ ...r, rank: i + 1 })) };
}
