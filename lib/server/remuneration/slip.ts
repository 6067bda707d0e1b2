import "server-only";
import { formatPersonName } from "@/lib/domain/person-name";
import type { LineBreakdownJson } from "@/lib/domain/remuneration/line";
import { allowed, type ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";

export type Slip = {
  employee: { id: number; nip: string; name: string; position: string; opd: string; golongan: string; status: string };
  run: { id: number; revision: number; status: "DRAFT" | "FINAL"; opdId: number | null; computedAt: Date | null; finalisedAt: Date | null };
  /** A DRAFT run's line: "sementara", it may still change. */
  provisional: boolean;
  line: { kelasJabatan: number; golongan: string; employeeStatus: string; base: number; kinerja: number; disiplin: number; sanctionCut: number; gross: number; tax: number; net: number; breakdown: LineBreakdownJson };
};

/** Whom the actor may see a slip of: themselves, their current direct subordinates, anyone in their agency scope as admin. */
async function assertSlipAccess(actor: ServiceActor, employeeId: number) {
  const employee = await db.employee.findUnique({
    where: { id: employeeId },
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, golongan: true, status: true, opdId: true, supervisorId: true, position: { select: { name: true } }, opd: { select: { name: true } } },
  });
  if (!employee) throw notFound("Pegawai tidak ditemukan.");
  const target = { employeeId: employee.id, opdId: employee.opdId, supervisorId: employee.supervisorId };
  if (!(allowed(actor, "report.viewOwn", target) || allowed(actor, "report.viewTeam", target) || allowed(actor, "report.viewAgency", target))) {
    throw notFound("Pegawai tidak ditemukan.");
  }
  return employee;
}

/**
 * The slip of month M (DESIGN.md §8.3): the employee's line of the newest FINAL run (by
 * finalisation), else of the newest computed DRAFT, marked provisional. Null when no run has a line
 * for them. `employeeId` defaults to the actor.
 */
export async function slipOf(actor: ServiceActor, input: { year: number; month: number; employeeId?: number }): Promise<Slip | null> {
  const employee = await assertSlipAccess(actor, input.employeeId ?? actor.employeeId);
  const lineSelect = {
    kelasJabatan: true, golongan: true, employeeStatus: true, base: true, kinerja: true, disiplin: true, sanctionCut: true, gross: true, tax: true, net: true, breakdown: true,
    run: { select: { id: true, revision: true, status: true, opdId: true, computedAt: true, finalisedAt: true } },
  } as const;
  const base = { employeeId: employee.id, run: { year: input.year, month: input.month, computedAt: { not: null }, error: null } };
  const line =
    (await db.allowanceLine.findFirst({ where: { ...base, run: { ...base.run, status: "FINAL" } }, orderBy: [{ run: { finalisedAt: "desc" } }, { id: "desc" }], select: lineSelect })) ??
    (await db.allowanceLine.findFirst({ where: { ...base, run: { ...base.run, status: "DRAFT" } }, orderBy: [{ run: { computedAt: "desc" } }, { id: "desc" }], select: lineSelect }));
  if (!line) return null;
  const { run, breakdown, ...columns } = line;
  return {
    employee: { id: employee.id, nip: employee.nip, name: formatPersonName(employee), position: employee.position.name, opd: employee.opd.name, golongan: employee.golongan, status: employee.status },
    run,
    provisional: run.status !== "FINAL",
    line: { ...columns, breakdown: breakdown as unknown as LineBreakdownJson },
  };
}
