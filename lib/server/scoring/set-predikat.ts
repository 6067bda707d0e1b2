import "server-only";
import { predikat, type Expectation } from "@/lib/domain/scoring/predikat";
import { auditActor, type ServiceActor } from "../authz";
import { writeAudit } from "../audit";
import { db } from "../db";
import { invalid, notFound } from "../errors";
import { approvableOwners } from "../skp/relations";
import { proposalFor, yearScores, type EvaluationPeriod } from "./period";

/**
 * The supervisor sets the ratings of results and behaviour for a quarter or the year (§8.2); the
 * system's proposal is stored beside the decision. Only the employee's current direct supervisor
 * (Admin BKD for a head of agency), in the query.
 */
export async function setPredikat(input: {
  actor: ServiceActor;
  employeeId: number;
  year: number;
  period: EvaluationPeriod;
  hasil: Expectation;
  perilaku: Expectation;
  note?: string | null;
  now?: Date;
}): Promise<{ predikat: ReturnType<typeof predikat> }> {
  const { actor } = input;
  const now = input.now ?? new Date();
  const note = input.note?.trim() || null;
  if (note && note.length > 2000) throw invalid("Catatan paling banyak 2.000 karakter.", { note: ["Catatan terlalu panjang."] });
  const employee = await db.employee.findFirst({ where: { AND: [{ id: input.employeeId }, approvableOwners(actor)] }, select: { id: true } });
  if (!employee) throw notFound("Pegawai tidak ditemukan atau bukan bawahan langsung Anda.");
  const proposal = proposalFor(await yearScores(db, { employeeId: employee.id, year: input.year, now }), input.period);
  const result = predikat(input.hasil, input.perilaku);
  await db.$transaction(async (tx) => {
    const key = { employeeId_year_period: { employeeId: employee.id, year: input.year, period: input.period } };
    const before = await tx.predikatEvaluation.findUnique({ where: key, select: { hasil: true, perilaku: true, predikat: true, note: true } });
    const data = { proposedHasil: proposal.hasil, proposedPerilaku: proposal.perilaku, hasil: input.hasil, perilaku: input.perilaku, predikat: result, note, evaluatorEmployeeId: actor.employeeId };
    const saved = await tx.predikatEvaluation.upsert({ where: key, create: { employeeId: employee.id, year: input.year, period: input.period, ...data }, update: data, select: { id: true } });
    await writeAudit(tx, auditActor(actor), { action: "predikat.set", targetType: "PredikatEvaluation", targetId: saved.id, before: before ?? undefined, after: { year: input.year, period: input.period, ...data } });
  });
  return { predikat: result };
}
