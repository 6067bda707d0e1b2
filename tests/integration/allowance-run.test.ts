import { beforeEach, describe, expect, it } from "vitest";
import { runDueJobs } from "@/lib/server/jobs/run";
import { registerBuiltInJobHandlers } from "@/lib/server/jobs/handlers";
import { computeRun } from "@/lib/server/remuneration/compute-run";
import { finaliseRun } from "@/lib/server/remuneration/finalise-run";
import { getRunDetail, listRuns } from "@/lib/server/remuneration/queries";
import { reviseRun } from "@/lib/server/remuneration/revise-run";
import { slipOf } from "@/lib/server/remuneration/slip";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { EXPORT_HEADERS, runExportSource, writeRunCsv, writeRunXlsx } from "@/lib/server/remuneration/export-run";
import { saveRemunerationPolicy } from "@/lib/server/remuneration/save-policy";
import { policyOfYear } from "@/lib/server/remuneration/policy-store";
import { loadRunInputs } from "@/lib/server/remuneration/run-inputs";
import { calculateAllowance } from "@/lib/domain/remuneration/calculate";
import { allowanceLine } from "@/lib/domain/remuneration/line";
import { Prisma } from "@/lib/generated/prisma/client";
import { dateOnly, defaultRemunerationConfig } from "@/prisma/factories";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const YEAR = 2026;
const MONTH = 3; // March 2026: 22 working days (no holidays in the test database)
const LOCKED = new Date("2026-04-10T03:00:00Z"); // after the default lock (5 April 23:59 WIB)
const OPEN = new Date("2026-03-20T03:00:00Z");
// Kelas 8 (the factory position) Rp 4,000,000; the other kelas some other amount.
const BASE = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), i + 1 === 8 ? 4_000_000 : (i + 1) * 500_000]));

async function world() {
  await db.remunerationPolicy.create({ data: { year: YEAR, version: 1, config: defaultRemunerationConfig(BASE) } });
  const agency = await createAgency();
  const other = await createAgency();
  const head = await createPerson(agency, { employee: { name: "Kepala" } });
  const staf = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Staf" } });
  // Started on 16 March: 12 of 22 working days.
  const newcomer = await createPerson(agency, { supervisorId: head.employee.id, employee: { name: "Baru", startDate: dateOnly("2026-03-16") } });
  // Left in February: not in the March run.
  await createPerson(agency, { employee: { name: "Pensiun", endDate: dateOnly("2026-02-28") } });
  const adminOpd = await createPerson(agency, { role: "ADMIN_OPD", employee: { name: "Admin OPD" } });
  const otherStaf = await createPerson(other, { employee: { name: "Staf Lain" } });
  const otherAdmin = await createPerson(other, { role: "ADMIN_OPD", employee: { name: "Admin OPD Lain" } });
  const bkd = await createPerson(other, { role: "ADMIN_BKD", employee: { name: "Admin BKD" } });
  return { agency, other, head, staf, newcomer, adminOpd, otherStaf, otherAdmin, bkd };
}

const tk = (employeeId: number, day: string) => db.attendanceDay.create({ data: { employeeId, date: dateOnly(day), status: "TK" } });

async function linesOf(runId: number) {
  return db.allowanceLine.findMany({ where: { runId }, orderBy: { id: "asc" } });
}

describe("computing a run", () => {
  it("refuses before the month's lock and creates nothing", async () => {
    const w = await world();
    await expect(computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: OPEN })).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("belum dikunci"),
    });
    expect(await db.allowanceRun.count()).toBe(0);
  });

  it("writes a line per employee employed in the month, and the totals are the sums of the lines to the rupiah", async () => {
    const w = await world();
    await tk(w.staf.employee.id, "2026-03-10");
    await db.attendanceDay.create({ data: { employeeId: w.staf.employee.id, date: dateOnly("2026-03-11"), status: "HADIR", checkInMinute: 450 + 45, checkOutMinute: 960 } }); // TL2 1%
    const result = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    expect(result).toMatchObject({ revision: 1, queued: false });
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: result.runId } });
    const lines = await linesOf(run.id);
    // head, staf, newcomer, admin OPD — not the one who left in February, not the other agency.
    expect(lines.map((l) => l.employeeId).sort()).toEqual([w.head.employee.id, w.staf.employee.id, w.newcomer.employee.id, w.adminOpd.employee.id].sort());
    expect(run.totalGross).toBe(BigInt(lines.reduce((s, l) => s + l.gross, 0)));
    expect(run.totalTax).toBe(BigInt(lines.reduce((s, l) => s + l.tax, 0)));
    expect(run.totalNet).toBe(BigInt(lines.reduce((s, l) => s + l.net, 0)));
    expect(run).toMatchObject({ status: "DRAFT", progressDone: 4, progressTotal: 4 });
    expect(run.computedAt).not.toBeNull();

    // Score 0 (nothing recorded) → kinerja 0; disiplin = 40% × 4,000,000 × (100% − 3% − 1%).
    const staf = lines.find((l) => l.employeeId === w.staf.employee.id)!;
    expect(staf).toMatchObject({ base: 4_000_000, kinerja: 0, disiplin: 1_536_000, gross: 1_536_000, tax: 76_800, net: 1_459_200, disciplineDeductionBp: 400 });
    const breakdown = staf.breakdown as { disiplin: { deductions: unknown[] }; score: { components: unknown[] } };
    expect(breakdown.disiplin.deductions).toEqual([["2026-03-10", "TK", null, 300], ["2026-03-11", "TL2", 45, 100]]);
    expect(breakdown.score.components).toHaveLength(4);
    // 12 of 22 working days: base ⌊4,000,000 × 12/22⌋, disiplin ⌊2,181,818 × 40%⌋, tax ⌊5%⌋.
    const newcomer = lines.find((l) => l.employeeId === w.newcomer.employee.id)!;
    expect(newcomer).toMatchObject({ base: 2_181_818, disiplin: 872_727, tax: 43_636, net: 829_091 });
    expect(await db.auditLog.count({ where: { action: "allowanceRun.create", targetId: String(run.id) } })).toBe(1);
  });

  it("cuts the sanctions active in the month (term and cancellation respected)", async () => {
    const w = await world();
    const sanction = (startMonth: number, months: number, extra: { cancelledAt?: Date; percentBp?: number; kind?: string } = {}) =>
      db.sanction.create({ data: { employeeId: w.staf.employee.id, kind: extra.kind ?? `Hukuman ${startMonth}-${months}`, percentBp: extra.percentBp ?? 2500, startYear: YEAR, startMonth, months, cancelledAt: extra.cancelledAt } });
    await sanction(2, 2); // February–March: active
    await sanction(1, 2); // January–February: over
    await sanction(4, 3); // from April: not yet
    await sanction(3, 1, { cancelledAt: new Date("2026-03-15T00:00:00Z") });
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    // 25% of (0 + 1,600,000) = 400,000; gross 1,200,000; tax 60,000.
    expect((await linesOf(runId)).find((l) => l.employeeId === w.staf.employee.id)).toMatchObject({ sanctionCut: 400_000, gross: 1_200_000, tax: 60_000, net: 1_140_000 });
  });

  it("a recomputed draft picks up an added TK day and replaces its lines", async () => {
    const w = await world();
    const first = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    const before = (await linesOf(first.runId)).find((l) => l.employeeId === w.staf.employee.id)!;
    expect(before).toMatchObject({ disiplin: 1_600_000, net: 1_520_000 });
    await tk(w.staf.employee.id, "2026-03-12");
    const again = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    expect(again).toMatchObject({ runId: first.runId, revision: 1 });
    const lines = await linesOf(first.runId);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.employeeId === w.staf.employee.id)).toMatchObject({ disciplineDeductionBp: 300, disiplin: 1_552_000, tax: 77_600, net: 1_474_400 });
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: first.runId } });
    expect(run.totalNet).toBe(BigInt(lines.reduce((s, l) => s + l.net, 0)));
  });

  it("a final run never changes: recompute is refused and its lines stay", async () => {
    const w = await world();
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    await finaliseRun({ actor: actorOf(w.bkd), runId });
    const frozen = JSON.stringify(await linesOf(runId));
    await tk(w.staf.employee.id, "2026-03-12");
    await expect(computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED })).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringContaining("sudah final") });
    await expect(finaliseRun({ actor: actorOf(w.bkd), runId })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(JSON.stringify(await linesOf(runId))).toBe(frozen);
    expect(await db.allowanceRun.count()).toBe(1);
  });

  it("a revision supersedes the final run as a new audited draft; the slip follows the newest final run", async () => {
    const w = await world();
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    await finaliseRun({ actor: actorOf(w.bkd), runId });
    await tk(w.staf.employee.id, "2026-03-12");
    await expect(reviseRun({ actor: actorOf(w.bkd), runId, reason: "pendek", now: LOCKED })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(reviseRun({ actor: actorOf(w.adminOpd), runId, reason: "Koreksi data kehadiran K-MOB", now: LOCKED })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const revision = await reviseRun({ actor: actorOf(w.bkd), runId, reason: "Koreksi data kehadiran K-MOB", now: LOCKED });
    expect(revision.revision).toBe(2);
    const run2 = await db.allowanceRun.findUniqueOrThrow({ where: { id: revision.runId } });
    expect(run2).toMatchObject({ status: "DRAFT", supersedesRunId: runId, opdId: w.agency.opd.id });
    expect(await db.auditLog.findFirst({ where: { action: "allowanceRun.revise", targetId: String(run2.id) } })).toMatchObject({ after: expect.objectContaining({ reason: "Koreksi data kehadiran K-MOB" }) });
    // A second revision of the same final run is refused: the newest is the one to work on.
    await expect(reviseRun({ actor: actorOf(w.bkd), runId, reason: "Koreksi data kehadiran K-MOB", now: LOCKED })).rejects.toMatchObject({ code: "CONFLICT" });

    // The slip still shows the FINAL revision 1 until revision 2 is finalised.
    expect(await slipOf(actorOf(w.staf), { year: YEAR, month: MONTH })).toMatchObject({ run: { id: runId }, provisional: false, line: { net: 1_520_000 } });
    await finaliseRun({ actor: actorOf(w.bkd), runId: run2.id });
    expect(await slipOf(actorOf(w.staf), { year: YEAR, month: MONTH })).toMatchObject({ run: { id: run2.id, revision: 2 }, provisional: false, line: { net: 1_474_400 } });
  });
});

describe("the bulk writer (COPY)", () => {
  it("stores each line exactly as the calculator made it, in agency/NIP order, text with tabs, quotes and backslashes intact, and a recompute leaves no duplicates", async () => {
    registerBuiltInJobHandlers();
    const w = await world();
    await tk(w.staf.employee.id, "2026-03-10");
    await db.attendanceDay.create({ data: { employeeId: w.staf.employee.id, date: dateOnly("2026-03-11"), status: "HADIR", checkInMinute: 450 + 45, checkOutMinute: 960 - 20 } });
    // COPY's text format gives a backslash, a tab and a line break a meaning: they must arrive as written.
    const awkward = { kind: 'Hukuman "sedang"\tpasal 7\\b', reference: "SK 800/12\\BKD\ntgl. 2 Maret" };
    await db.sanction.create({ data: { employeeId: w.staf.employee.id, ...awkward, percentBp: 2500, startYear: YEAR, startMonth: 3, months: 1 } });
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: null, now: LOCKED });
    expect(await runDueJobs({ workerId: "test", limit: 5 })).toMatchObject({ done: 1 });

    const lines = await linesOf(runId);
    const employed = await db.employee.findMany({ where: { OR: [{ endDate: null }, { endDate: { gte: dateOnly("2026-03-01") } }] }, orderBy: [{ opdId: "asc" }, { nip: "asc" }], select: { id: true } });
    expect(lines.map((l) => l.employeeId)).toEqual(employed.map((e) => e.id));

    // Every employee's line equals the calculator's own result on the same inputs, column by column.
    const { policy } = await policyOfYear(db, YEAR);
    const inputs = await loadRunInputs(db, { year: YEAR, month: MONTH, employeeIds: employed.map((e) => e.id), policy, now: LOCKED });
    for (const r of inputs) {
      const expected = allowanceLine(r.input, calculateAllowance(r.input), r.score);
      const line = lines.find((l) => l.employeeId === r.employeeId)!;
      const { breakdown, score, ...columns } = expected;
      expect(line).toMatchObject({ ...columns, opdId: r.opdId, runId });
      expect(new Prisma.Decimal(score).equals(line.score)).toBe(true);
      expect(line.breakdown).toEqual(breakdown);
    }
    const staf = lines.find((l) => l.employeeId === w.staf.employee.id)!;
    // TK 3% + TL2 1% + PSW1 0.5%: disiplin 40% × 4,000,000 × 95.5% = 1,528,000; the sanction cuts 25% of it.
    expect(staf).toMatchObject({ disciplineDeductionBp: 450, disiplin: 1_528_000, sanctionCut: 382_000 });
    expect((staf.breakdown as { sanctions: { items: unknown[] } }).sanctions.items).toEqual([{ ...awkward, percentBp: 2500 }]);

    // Recomputed: the same lines again, once each, and the totals still their sums.
    await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: null, now: LOCKED });
    expect(await runDueJobs({ workerId: "test", limit: 5 })).toMatchObject({ done: 1 });
    const again = await linesOf(runId);
    expect(again.map((l) => l.employeeId)).toEqual(employed.map((e) => e.id));
    expect(again.map(({ id: _id, createdAt: _c, ...l }) => l)).toEqual(lines.map(({ id: _id, createdAt: _c, ...l }) => l));
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ progressDone: lines.length, progressTotal: lines.length, totalNet: BigInt(again.reduce((s, l) => s + l.net, 0)) });
  });
});

describe("a failing run", () => {
  it("records the Indonesian message of the employee the calculator refuses, and a recompute after the fix writes the lines", async () => {
    const w = await world();
    await db.employee.update({ where: { id: w.staf.employee.id }, data: { golongan: "X/z" } });
    await expect(computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED })).rejects.toMatchObject({ code: "INVALID_STATE" });
    const run = await db.allowanceRun.findFirstOrThrow({ where: { opdId: w.agency.opd.id } });
    expect(run.error).toBe(`Pegawai NIP ${w.staf.employee.nip}: Golongan tidak dikenal: X/z`);
    expect(run.computedAt).toBeNull();
    await db.employee.update({ where: { id: w.staf.employee.id }, data: { golongan: "III/b" } });
    await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    expect(await db.allowanceRun.findUniqueOrThrow({ where: { id: run.id } })).toMatchObject({ error: null, progressDone: 4 });
    expect(await linesOf(run.id)).toHaveLength(4);
  });
});

describe("the slip", () => {
  it("equals the employee's line, provisional while the run is a draft; others see it only within their scope", async () => {
    const w = await world();
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    const line = (await linesOf(runId)).find((l) => l.employeeId === w.staf.employee.id)!;
    const slip = await slipOf(actorOf(w.staf), { year: YEAR, month: MONTH });
    expect(slip).toMatchObject({ provisional: true, run: { id: runId, status: "DRAFT" } });
    expect(slip!.line).toEqual({
      kelasJabatan: line.kelasJabatan, golongan: line.golongan, employeeStatus: line.employeeStatus, base: line.base, kinerja: line.kinerja,
      disiplin: line.disiplin, sanctionCut: line.sanctionCut, gross: line.gross, tax: line.tax, net: line.net, breakdown: line.breakdown,
    });
    // The supervisor and the agency's admin may see it; a colleague and another agency's admin may not.
    expect((await slipOf(actorOf(w.head), { year: YEAR, month: MONTH, employeeId: w.staf.employee.id }))!.line.net).toBe(line.net);
    expect((await slipOf(actorOf(w.adminOpd), { year: YEAR, month: MONTH, employeeId: w.staf.employee.id }))!.line.net).toBe(line.net);
    await expect(slipOf(actorOf(w.newcomer), { year: YEAR, month: MONTH, employeeId: w.staf.employee.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(slipOf(actorOf(w.otherAdmin), { year: YEAR, month: MONTH, employeeId: w.staf.employee.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await finaliseRun({ actor: actorOf(w.bkd), runId });
    expect(await slipOf(actorOf(w.staf), { year: YEAR, month: MONTH })).toMatchObject({ provisional: false });
    expect(await slipOf(actorOf(w.staf), { year: YEAR, month: 2 })).toBeNull();
  });
});

describe("Admin OPD", () => {
  it("computes a draft of their own agency only, cannot finalise, and never sees another agency", async () => {
    const w = await world();
    const own = await computeRun({ actor: actorOf(w.adminOpd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    await expect(computeRun({ actor: actorOf(w.adminOpd), year: YEAR, month: MONTH, opdId: w.other.opd.id, now: LOCKED })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(computeRun({ actor: actorOf(w.adminOpd), year: YEAR, month: MONTH, opdId: null, now: LOCKED })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(finaliseRun({ actor: actorOf(w.adminOpd), runId: own.runId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.allowanceRun.findUniqueOrThrow({ where: { id: own.runId } })).toMatchObject({ status: "DRAFT" });

    const theirs = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.other.opd.id, now: LOCKED });
    await expect(getRunDetail(actorOf(w.adminOpd), { runId: theirs.runId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRuns(actorOf(w.adminOpd))).map((r) => r.id)).toEqual([own.runId]);
    const detail = await getRunDetail(actorOf(w.adminOpd), { runId: own.runId });
    expect(detail.lines.every((l) => l.opdId === w.agency.opd.id)).toBe(true);
    expect(detail.lines).toHaveLength(4);
  });
});

describe("a run of all agencies", () => {
  it("goes through the job queue with progress, and an Admin OPD sees only their agency's lines of it", async () => {
    registerBuiltInJobHandlers();
    const w = await world();
    const result = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: null, now: LOCKED });
    expect(result.queued).toBe(true);
    expect(await db.allowanceRun.findUniqueOrThrow({ where: { id: result.runId } })).toMatchObject({ computedAt: null, progressDone: 0 });
    // Not finalisable, not recomputable, while it is being computed.
    await expect(finaliseRun({ actor: actorOf(w.bkd), runId: result.runId })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: null, now: LOCKED })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await runDueJobs({ workerId: "test", limit: 5 })).toMatchObject({ done: 1 });
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: result.runId } });
    const lines = await linesOf(run.id);
    expect(lines).toHaveLength(7); // 4 + 3 in the other agency
    expect(run).toMatchObject({ progressDone: 7, progressTotal: 7, totalNet: BigInt(lines.reduce((s, l) => s + l.net, 0)) });
    expect(run.computedAt).not.toBeNull();

    const detail = await getRunDetail(actorOf(w.adminOpd), { runId: run.id });
    expect(detail.lines.map((l) => l.opdId)).toEqual([w.agency.opd.id, w.agency.opd.id, w.agency.opd.id, w.agency.opd.id]);
    expect(detail.agencies.map((a) => a.opdId)).toEqual([w.agency.opd.id]);
    await expect(getRunDetail(actorOf(w.adminOpd), { runId: run.id, opdId: w.other.opd.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const bkdView = await getRunDetail(actorOf(w.bkd), { runId: run.id });
    expect(bkdView.agencies.reduce((s, a) => s + a.net, 0)).toBe(Number(run.totalNet));
  });
});

async function collect(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks);
}

describe("exports", () => {
  it("the Excel and CSV lists carry the same rows and totals as the run, under the page's authorisation", async () => {
    const w = await world();
    await tk(w.staf.employee.id, "2026-03-10");
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    const run = await db.allowanceRun.findUniqueOrThrow({ where: { id: runId } });
    const staf = (await linesOf(runId)).find((l) => l.employeeId === w.staf.employee.id)!;
    const source = await runExportSource(actorOf(w.adminOpd), { runId });
    await expect(runExportSource(actorOf(w.otherAdmin), { runId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(runExportSource(actorOf(w.staf), { runId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await collect((out) => writeRunXlsx(source, out))) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...EXPORT_HEADERS]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(5); // 4 lines + totals
    const stafRow = rows.find((r) => r[1] === w.staf.employee.nip)!;
    expect(stafRow[13]).toBe(staf.net);
    expect(stafRow[11]).toBe(staf.gross);
    expect(rows.at(-1)![13]).toBe(Number(run.totalNet));
    expect(sheet.getRow(2).getCell(13).numFmt).toBe("#,##0");

    const csv = (await collect((out) => writeRunCsv(source, out))).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records = parse(csv.slice(1), { delimiter: ";" }) as string[][];
    expect(records[0]).toEqual([...EXPORT_HEADERS]);
    expect(records.find((r) => r[0] === w.staf.employee.nip)![12]).toBe(String(staf.net));
    expect(records.at(-1)![12]).toBe(String(run.totalNet));
  });
});

describe("policy editing", () => {
  it("saves a valid policy as a new audited version and refuses bad input with Indonesian messages, changing nothing", async () => {
    const w = await world();
    const config = defaultRemunerationConfig(BASE);
    await expect(saveRemunerationPolicy({ actor: actorOf(w.bkd), year: YEAR, configText: "{ bukan json" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { config: [expect.stringContaining("bukan JSON")] } });
    await expect(saveRemunerationPolicy({ actor: actorOf(w.bkd), year: YEAR, configText: JSON.stringify({ ...config, split: { kinerjaBp: 7000, disiplinBp: 4000 } }) })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { config: [expect.stringContaining("Porsi kinerja dan disiplin harus berjumlah 100%")] },
    });
    await expect(saveRemunerationPolicy({ actor: actorOf(w.adminOpd), year: YEAR, configText: JSON.stringify(config) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.remunerationPolicy.count()).toBe(1);
    // Unchanged: no new version.
    expect(await saveRemunerationPolicy({ actor: actorOf(w.bkd), year: YEAR, configText: JSON.stringify(config) })).toMatchObject({ version: 1, created: false });
    const saved = await saveRemunerationPolicy({ actor: actorOf(w.bkd), year: YEAR, configText: JSON.stringify({ ...config, absentWithoutLeaveBp: 500 }), note: "TK 5%" });
    expect(saved).toMatchObject({ version: 2, created: true });
    expect(await db.auditLog.count({ where: { action: "remunerationPolicy.create", targetId: String(saved.id) } })).toBe(1);
    // A run computed now uses version 2: a TK day costs 5%.
    await tk(w.staf.employee.id, "2026-03-10");
    const { runId } = await computeRun({ actor: actorOf(w.bkd), year: YEAR, month: MONTH, opdId: w.agency.opd.id, now: LOCKED });
    expect((await db.allowanceRun.findUniqueOrThrow({ where: { id: runId } })).policyId).toBe(saved.id);
    expect((await linesOf(runId)).find((l) => l.employeeId === w.staf.employee.id)).toMatchObject({ disciplineDeductionBp: 500, disiplin: 1_520_000 });
  });
});
