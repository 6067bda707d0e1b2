import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { defaultRemunerationPolicy } from "@/lib/domain/remuneration/policy";
import { cellText, RECAP_COLUMNS } from "@/lib/domain/reports/recap-columns";
import { buildRecap, type Recap } from "@/lib/server/reports/recap";
import { CSV_DELIMITER, recapCsv, recapXlsx, XLSX_HEADER_ROW } from "@/lib/server/reports/recap-export";
import { recapFileResponse } from "@/lib/server/reports/recap-route";
import { employeeReport } from "@/lib/server/reports/employee-report";
import { reportPdfResponse } from "@/lib/server/reports/report-pdf-route";
import { actorOf } from "../support/admin";
import { createAgency, createPerson, db, resetDatabase } from "../support/db";

beforeEach(resetDatabase);

const BASES = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [String(i + 1), 5_000_000]));
const policy = defaultRemunerationPolicy(BASES);
const NOW = new Date("2026-04-10T03:00:00Z"); // March 2026 is locked (5 April)
const d = (day: number) => new Date(Date.UTC(2026, 2, day));
const MARCH = { year: 2026, month: 3 };

/** Approved activities of 600 minutes on the first `days` weekdays of March 2026. */
async function approvedMinutes(employeeId: number, days: number) {
  const weekdays = Array.from({ length: 31 }, (_, i) => i + 1).filter((day) => ![0, 6].includes(d(day).getUTCDay())).slice(0, days);
  for (const day of weekdays) {
    await db.activity.create({ data: { employeeId, date: d(day), startMinute: 450, endMinute: 1050, description: "Menyusun laporan", outputQuantity: 1, outputUnit: "dokumen", status: "DISETUJUI", submittedAt: d(day), reviewedAt: d(day) } });
  }
}

async function setup() {
  const a = await createAgency({ name: "Dinas Uji Rekap" });
  const seksi = await db.unit.create({ data: { opdId: a.opd.id, parentId: a.unit.id, name: "Seksi Uji" } });
  const kabid = await createPerson(a, { employee: { name: "Eko" } });
  const citra = await createPerson(a, { supervisorId: kabid.employee.id, employee: { name: "Citra" } });
  const dewi = await createPerson(a, { supervisorId: kabid.employee.id, employee: { name: "Dewi" } });
  const bayu = await createPerson(a, { supervisorId: kabid.employee.id, employee: { name: "Bayu" } });
  const andi = await createPerson(a, { employee: { name: "Andi", unitId: seksi.id } });
  const adminA = await createPerson(a, { role: "ADMIN_OPD", employee: { name: "Zaenal" } });
  const b = await createAgency({ name: "Badan Lain" });
  const pegB = await createPerson(b, { employee: { name: "Lain" } });
  const adminB = await createPerson(b, { role: "ADMIN_OPD", employee: { name: "Admin Lain" } });
  const bkd = await createPerson(b, { role: "ADMIN_BKD", employee: { name: "Admin BKD" } });
  await db.remunerationPolicy.create({ data: { year: 2026, version: 1, config: policy } });
  await approvedMinutes(citra.employee.id, 10); // 6,000 min ≥ target → 100
  await approvedMinutes(dewi.employee.id, 5); // half the target
  await db.predikatEvaluation.create({ data: { employeeId: dewi.employee.id, year: 2026, period: "TW1", hasil: "SESUAI", perilaku: "SESUAI", predikat: "BAIK", evaluatorEmployeeId: kabid.employee.id } });
  return { a, b, seksi, kabid, citra, dewi, bayu, andi, adminA, pegB, adminB, bkd };
}

const recapOf = (s: Awaited<ReturnType<typeof setup>>, who: keyof Awaited<ReturnType<typeof setup>>, scope: Parameters<typeof buildRecap>[1]["scope"]) =>
  buildRecap(db, { actor: actorOf(s[who] as never), ...MARCH, scope, now: NOW });

const url = (path: string, params: Record<string, string>) => new URL(`http://localhost${path}?${new URLSearchParams(params).toString()}`);

describe("agency and team recap (DESIGN.md §11)", () => {
  it("ranks by monthly score, highest first, ties by name, with the latest predikat of the year", async () => {
    const s = await setup();
    const recap = await recapOf(s, "adminA", { mode: "opd", opdId: s.a.opd.id });
    expect(recap.rows.map((r) => r.name)).toEqual(["Citra", "Dewi", "Eko", "Andi", "Bayu", "Zaenal"]);
    expect(recap.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    const text = (name: string, key: string) => cellText(RECAP_COLUMNS.find((c) => c.key === key)!, recap.rows.find((r) => r.name === name)!);
    expect(text("Citra", "nilai")).toBe("100,00");
    expect(text("Citra", "capaianIki")).toBe("—"); // no IKI target: left out, not 0
    // Eko reviewed all 15 submitted activities of his team before the lock: (40·0 + 10·100) / 50.
    expect(text("Eko", "nilai")).toBe("20,00");
    expect(text("Dewi", "predikat")).toBe("Baik (Triwulan I)");
    expect(recap.rows.find((r) => r.name === "Andi")!.unit).toBe("Seksi Uji");
  });

  it("an Admin OPD gets no other agency's recap, neither the page query nor the downloads", async () => {
    const s = await setup();
    await expect(recapOf(s, "adminA", { mode: "opd", opdId: s.b.opd.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recapOf(s, "citra", { mode: "opd", opdId: s.a.opd.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const format of ["xlsx", "csv"] as const) {
      const res = await recapFileResponse(actorOf(s.adminA), url(`/laporan/rekap/${format}`, { bulan: "2026-03", opd: String(s.b.opd.id) }), format, NOW);
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("tidak berwenang");
      const mine = await recapFileResponse(actorOf(s.adminB), url(`/laporan/rekap/${format}`, { bulan: "2026-03" }), format, NOW);
      expect(mine.status).toBe(200);
    }
    const unknown = await recapFileResponse(actorOf(s.bkd), url("/laporan/rekap/excel", { bulan: "2026-03", opd: "99999" }), "xlsx", NOW);
    expect(unknown.status).toBe(404);
    const bad = await recapFileResponse(actorOf(s.bkd), url("/laporan/rekap/csv", { bulan: "2026-13" }), "csv", NOW);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Bulan tidak valid");
    // Admin BKD reaches any agency.
    const any = await recapOf(s, "bkd", { mode: "opd", opdId: s.a.opd.id });
    expect(any.rows).toHaveLength(6);
  });

  it("a supervisor sees only their direct subordinates; a unit includes its sub-units", async () => {
    const s = await setup();
    const team = await recapOf(s, "kabid", { mode: "tim" });
    expect(team.rows.map((r) => r.name)).toEqual(["Citra", "Dewi", "Bayu"]);
    expect((await recapOf(s, "citra", { mode: "tim" })).rows).toEqual([]);
    const seksi = await recapOf(s, "adminA", { mode: "opd", opdId: s.a.opd.id, unitId: s.seksi.id });
    expect(seksi.rows.map((r) => r.name)).toEqual(["Andi"]);
    const bidang = await recapOf(s, "adminA", { mode: "opd", opdId: s.a.opd.id, unitId: s.a.unit.id });
    expect(bidang.rows).toHaveLength(6);
    await expect(recapOf(s, "adminA", { mode: "opd", opdId: s.a.opd.id, unitId: 99999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("recap exports", () => {
  const expectedRows = (recap: Recap) => recap.rows.map((r) => RECAP_COLUMNS.map((c) => c.value(r)));

  it("the xlsx has a title with agency and month and exactly the recap's rows", async () => {
    const s = await setup();
    const recap = await recapOf(s, "adminA", { mode: "opd", opdId: s.a.opd.id });
    const res = await recapFileResponse(actorOf(s.adminA), url("/laporan/rekap/excel", { bulan: "2026-03" }), "xlsx", NOW);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="rekap-kinerja-opd-\d+-2026-03\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain("Dinas Uji Rekap");
    expect(String(ws.getCell(1, 1).value)).toContain("Maret 2026");
    expect(ws.getCell(2, 2).value).toEqual(new Date("2026-04-10T10:00:00Z")); // 10:00 WIB as wall-clock time
    expect(ws.getCell(2, 2).numFmt).toBe("[$-421]d mmmm yyyy hh:mm");
    const header = (ws.getRow(XLSX_HEADER_ROW).values as unknown[]).slice(1);
    expect(header).toEqual(RECAP_COLUMNS.map((c) => c.header));
    const rows: unknown[][] = [];
    for (let r = XLSX_HEADER_ROW + 1; r <= ws.rowCount; r++) rows.push(RECAP_COLUMNS.map((_, i) => ws.getCell(r, i + 1).value ?? null));
    expect(rows).toEqual(expectedRows(recap));
    expect(rows[0]!.slice(0, 3)).toEqual([1, s.citra.employee.nip, "Citra"]);
    expect(ws.getCell(XLSX_HEADER_ROW + 1, RECAP_COLUMNS.findIndex((c) => c.key === "nilai") + 1).numFmt).toBe("[$-421]#,##0.00");
  });

  it("the CSV (UTF-8 with BOM, semicolons) parses back to the page's rows", async () => {
    const s = await setup();
    const recap = await recapOf(s, "kabid", { mode: "tim" });
    const res = await recapFileResponse(actorOf(s.kabid), url("/laporan/rekap/csv", { bulan: "2026-03", mode: "tim" }), "csv", NOW);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(Buffer.from(bytes), { bom: true, delimiter: CSV_DELIMITER }) as string[][];
    expect(records[0]).toEqual(RECAP_COLUMNS.map((c) => c.header));
    expect(records.slice(1)).toEqual(recap.rows.map((r) => RECAP_COLUMNS.map((c) => cellText(c, r))));
    expect(records[1]!.slice(0, 3)).toEqual(["1", s.citra.employee.nip, "Citra"]);
    expect(recapCsv(recap).startsWith("\uFEFFPeringkat;NIP;Nama;")).toBe(true);
    expect((await recapXlsx(recap, NOW)).subarray(0, 2).toString()).toBe("PK"); // a zip
  });
});

describe("employee performance report (print page and PDF)", () => {
  async function withSkp(s: Awaited<ReturnType<typeof setup>>) {
    const skp = await db.skp.create({ data: { employeeId: s.citra.employee.id, year: 2026 } });
    const v = await db.skpVersion.create({ data: { skpId: skp.id, number: 1, status: "DISETUJUI" } });
    await db.skp.update({ where: { id: skp.id }, data: { inForceVersionId: v.id } });
    const rhk = await db.rhk.create({ data: { skpVersionId: v.id, kind: "UTAMA", position: 0, description: "Tersedianya layanan daring" } });
    const iki = await db.iki.create({ data: { rhkId: rhk.id, position: 0, description: "Jumlah modul", aspect: "KUANTITAS", unit: "modul", targets: { create: [{ month: 2, target: "10" }, { month: 3, target: "20" }] } } });
    await db.ikiRealisation.create({ data: { ikiId: iki.id, employeeId: s.citra.employee.id, year: 2026, month: 3, value: "19", status: "TERVERIFIKASI" } });
    await db.ikiRealisation.create({ data: { ikiId: iki.id, employeeId: s.citra.employee.id, year: 2026, month: 2, value: "10", status: "DIAJUKAN" } });
  }

  it("monthly: identity, target vs verified realisation and capaian, minutes, score; annual: sums and the mean", async () => {
    const s = await setup();
    await withSkp(s);
    const monthly = await employeeReport(db, { actor: actorOf(s.citra), period: MARCH, now: NOW });
    expect(monthly.employee).toMatchObject({ nip: s.citra.employee.nip, name: "Citra", agency: "Dinas Uji Rekap" });
    expect(monthly.supervisor).toMatchObject({ nip: s.kabid.employee.nip, name: "Eko" });
    const iki = monthly.skp!.rhks[0]!.ikis[0]!;
    expect([iki.target, iki.realisation, iki.capaian]).toEqual([{ n: 20n, d: 1n }, { n: 19n, d: 1n }, { n: 95n, d: 1n }]);
    expect(monthly.months[0]!.approvedMinutes).toBe(6000);
    expect(monthly.months[0]!.score.totalText).toBe("97,86"); // (40·100 + 30·95) / 70
    const annual = await employeeReport(db, { actor: actorOf(s.citra), period: { year: 2026, month: null }, now: NOW });
    expect(annual.months.map((m) => m.month)).toEqual([1, 2, 3, 4]);
    const year = annual.skp!.rhks[0]!.ikis[0]!;
    // Targets 10 + 20; only March verified (19); capaian mean of 0 (February unverified) and 95.
    expect([year.target, year.realisation, year.capaian]).toEqual([{ n: 30n, d: 1n }, { n: 19n, d: 1n }, { n: 95n, d: 2n }]);
  });

  it("the supervisor and the agency admin may read it, others get 404; the PDF is a real PDF with the NIP", async () => {
    const s = await setup();
    await withSkp(s);
    const nip = s.citra.employee.nip;
    for (const who of [s.citra, s.kabid, s.adminA, s.bkd]) {
      const res = await reportPdfResponse(actorOf(who), url("/laporan/cetak/pdf", { bulan: "2026-03", ...(who === s.citra ? {} : { nip }) }), NOW);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/pdf");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="laporan-kinerja-${nip}-2026-03.pdf"`);
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdf.toString("latin1")).toContain(`NIP ${nip}`);
      expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    }
    for (const who of [s.dewi, s.adminB, s.pegB]) {
      const res = await reportPdfResponse(actorOf(who), url("/laporan/cetak/pdf", { bulan: "2026-03", nip }), NOW);
      expect(res.status).toBe(404);
    }
    await expect(employeeReport(db, { actor: actorOf(s.adminB), nip, period: MARCH, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const annual = await reportPdfResponse(actorOf(s.citra), url("/laporan/cetak/pdf", { tahun: "2026" }), NOW);
    expect(annual.headers.get("content-disposition")).toContain(`laporan-kinerja-${nip}-2026.pdf`);
    const bad = await reportPdfResponse(actorOf(s.citra), url("/laporan/cetak/pdf", { bulan: "2026-3" }), NOW);
    expect(bad.status).toBe(400);
  });
});
