import "server-only";
import { runStateLabel } from "@/lib/domain/remuneration/run-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";
import { effectiveOpdFilter, runLineOpdScope, runVisible } from "./run-scope";
import { runLineRows, type MoneyTotals, type RunLineRow } from "./run-lines";

export const RUN_LINES_PAGE_SIZE = 200;

export type RunSummary = {
  id: number;
  year: number;
  month: number;
  opd: { id: number; code: string; name: string } | null;
  revision: number;
  status: "DRAFT" | "FINAL";
  stateLabel: string;
  policyVersion: number;
  progressDone: number;
  progressTotal: number;
  /** Totals of the lines the actor may see (the whole run for Admin BKD). */
  totals: { gross: number; tax: number; net: number; lines: number };
  computedAt: Date | null;
  finalisedAt: Date | null;
  error: string | null;
  createdBy: string;
  finalisedBy: string | null;
  supersedes: { id: number; revision: number } | null;
  supersededBy: { id: number; revision: number; status: "DRAFT" | "FINAL" }[];
};

const runSelect = {
  id: true, year: true, month: true, opdId: true, revision: true, status: true, progressDone: true, progressTotal: true,
  totalGross: true, totalTax: true, totalNet: true, computedAt: true, finalisedAt: true, error: true,
  opd: { select: { id: true, code: true, name: true } },
  policy: { select: { version: true } },
  createdBy: { select: { employee: { select: { name: true, nip: true } } } },
  finalisedBy: { select: { employee: { select: { name: true, nip: true } } } },
  supersedes: { select: { id: true, revision: true } },
  supersededBy: { select: { id: true, revision: true, status: true }, orderBy: { revision: "asc" } },
} satisfies Prisma.AllowanceRunSelect;

type RunRow = Prisma.AllowanceRunGetPayload<{ select: typeof runSelect }>;

async function summaries(actor: ServiceActor, runs: RunRow[]): Promise<RunSummary[]> {
  const scope = runLineOpdScope(actor);
  // An Admin OPD sees only their agency's share of a run of all agencies.
  const partial = scope && !scope.all ? runs.filter((r) => r.opdId === null).map((r) => r.id) : [];
  const shares = partial.length
    ? await db.allowanceLine.groupBy({ by: ["runId"], where: { runId: { in: partial }, opdId: scope && !scope.all ? scope.opdId : -1 }, _sum: { gross: true, tax: true, net: true }, _count: { _all: true } })
    : [];
  const shareOf = new Map(shares.map((s) => [s.runId, s]));
  const counts = await db.allowanceLine.groupBy({ by: ["runId"], where: { runId: { in: runs.filter((r) => !partial.includes(r.id)).map((r) => r.id) } }, _count: { _all: true } });
  const countOf = new Map(counts.map((c) => [c.runId, c._count._all]));
  const who = (u: { employee: { name: string; nip: string } } | null) => (u ? `${u.employee.name} (${u.employee.nip})` : null);
  return runs.map((r) => {
    const share = shareOf.get(r.id);
    const totals = partial.includes(r.id)
      ? { gross: share?._sum.gross ?? 0, tax: share?._sum.tax ?? 0, net: share?._sum.net ?? 0, lines: share?._count._all ?? 0 }
      : { gross: Number(r.totalGross), tax: Number(r.totalTax), net: Number(r.totalNet), lines: countOf.get(r.id) ?? 0 };
    return {
      id: r.id, year: r.year, month: r.month, opd: r.opd, revision: r.revision, status: r.status, stateLabel: runStateLabel(r),
      policyVersion: r.policy.version, progressDone: r.progressDone, progressTotal: r.progressTotal, totals,
      computedAt: r.computedAt, finalisedAt: r.finalisedAt, error: r.error,
      createdBy: who(r.createdBy) ?? "—", finalisedBy: who(r.finalisedBy), supersedes: r.supersedes, supersededBy: r.supersededBy,
    };
  });
}

/** The runs list (filters year, month, agency), newest first; an Admin OPD sees their agency's runs and runs of all agencies. */
export async function listRuns(actor: ServiceActor, filters: { year?: number; month?: number; opdId?: number | null } = {}): Promise<RunSummary[]> {
  const scope = runLineOpdScope(actor);
  if (!scope) return [];
  const where: Prisma.AllowanceRunWhereInput = {
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.month ? { month: filters.month } : {}),
    ...(filters.opdId != null ? { opdId: filters.opdId } : {}),
    ...(scope.all ? {} : { OR: [{ opdId: scope.opdId }, { opdId: null }] }),
  };
  const runs = await db.allowanceRun.findMany({ where, select: runSelect, orderBy: [{ year: "desc" }, { month: "desc" }, { opdId: "asc" }, { revision: "desc" }], take: 200 });
  return summaries(actor, runs);
}

export type AgencyTotals = MoneyTotals & { opdId: number; code: string; name: string };

export type RunDetail = { run: RunSummary; agencies: AgencyTotals[]; lines: RunLineRow[]; opdFilter: number | null; page: number; pageCount: number };

/** A run with per-agency totals and a page of its lines (of one agency when asked), within the actor's scope. */
export async function getRunDetail(actor: ServiceActor, input: { runId: number; opdId?: number | null; page?: number }): Promise<RunDetail> {
  const row = await db.allowanceRun.findUnique({ where: { id: input.runId }, select: runSelect });
  if (!row || !runVisible(actor, row)) throw notFound("TRK tidak ditemukan.");
  const opdFilter = effectiveOpdFilter(actor, input.opdId);
  const [run] = await summaries(actor, [row]);
  const agencyRows = await db.$queryRaw<{ opdId: number; code: string; name: string; lines: bigint; base: bigint; kinerja: bigint; disiplin: bigint; sanctionCut: bigint; gross: bigint; tax: bigint; net: bigint }[]>`
    SELECT l."opdId", o.code, o.name, COUNT(*)::bigint AS lines, SUM(l.base)::bigint AS base, SUM(l.kinerja)::bigint AS kinerja, SUM(l.disiplin)::bigint AS disiplin,
           SUM(l."sanctionCut")::bigint AS "sanctionCut", SUM(l.gross)::bigint AS gross, SUM(l.tax)::bigint AS tax, SUM(l.net)::bigint AS net
    FROM allowance_line l JOIN opd o ON o.id = l."opdId"
    WHERE l."runId" = ${row.id} AND (${runLineOpdScope(actor)?.all ? null : actor.opdId}::int IS NULL OR l."opdId" = ${actor.opdId}::int)
    GROUP BY l."opdId", o.code, o.name ORDER BY MIN(l.id)`;
  const agencies = agencyRows.map((a) => ({
    opdId: Number(a.opdId), code: a.code, name: a.name, lines: Number(a.lines), base: Number(a.base), kinerja: Number(a.kinerja), disiplin: Number(a.disiplin),
    sanctionCut: Number(a.sanctionCut), gross: Number(a.gross), tax: Number(a.tax), net: Number(a.net),
  }));
  const lineCount = opdFilter === null ? agencies.reduce((s, a) => s + a.lines, 0) : (agencies.find((a) => a.opdId === opdFilter)?.lines ?? 0);
  const pageCount = Math.max(1, Math.ceil(lineCount / RUN_LINES_PAGE_SIZE));
  const page = Math.min(Math.max(1, input.page ?? 1), pageCount);
  const lines = await runLineRows(db, { runId: row.id, opdId: opdFilter, offset: (page - 1) * RUN_LINES_PAGE_SIZE, limit: RUN_LINES_PAGE_SIZE });
  return { run: run!, agencies, lines, opdFilter, page, pageCount };
}
