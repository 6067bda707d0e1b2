import "server-only";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify";
import { monthLabel } from "@/lib/domain/period";
import { monthKey } from "@/lib/domain/remuneration/run-rules";
import type { ServiceActor } from "../authz";
import { db } from "../db";
import { notFound } from "../errors";
import { allRunLineRows, addToTotals, emptyTotals, type RunLineRow } from "./run-lines";
import { effectiveOpdFilter, runVisible } from "./run-scope";

/** The columns of the allowance list (DESIGN.md §11), in Bahasa Indonesia; money in whole rupiah. */
export const EXPORT_HEADERS = ["NIP", "Nama", "Jabatan", "Kelas", "Golongan", "Nilai", "Basis", "Kinerja", "Disiplin", "Potongan Sanksi", "Bruto", "PPh 21", "Neto"] as const;
const MONEY_KEYS = ["base", "kinerja", "disiplin", "sanctionCut", "gross", "tax", "net"] as const;

export type ExportSource = { runId: number; opdId: number | null; title: string; fileBase: string };

/** The run and agency to export, with the same authorisation as the run page (NOT_FOUND otherwise). */
export async function runExportSource(actor: ServiceActor, input: { runId: number; opdId?: number | null }): Promise<ExportSource> {
  const run = await db.allowanceRun.findUnique({ where: { id: input.runId }, select: { id: true, year: true, month: true, opdId: true, revision: true, status: true, computedAt: true, opd: { select: { code: true, name: true } } } });
  if (!run || !runVisible(actor, run)) throw notFound("TRK tidak ditemukan.");
  if (!run.computedAt) throw notFound("TRK ini belum selesai dihitung.");
  const opdId = effectiveOpdFilter(actor, input.opdId);
  const agency = opdId !== null ? await db.opd.findUnique({ where: { id: opdId }, select: { code: true, name: true } }) : run.opd;
  const scope = agency ? agency.name : "Seluruh Perangkat Daerah";
  const status = run.status === "FINAL" ? "Final" : "Draf";
  return {
    runId: run.id,
    opdId,
    title: `Daftar TRK ${monthLabel(run.month)} ${run.year} — ${scope} (revisi ${run.revision}, ${status})`,
    fileBase: `trk-${monthKey(run.year, run.month)}-${agency ? agency.code.replace(/[^0-9A-Za-z.]+/g, "-") : "semua"}-r${run.revision}`,
  };
}

const rowValues = (r: RunLineRow) => [r.nip, r.name, r.position, r.kelasJabatan, r.golongan, r.scoreText, ...MONEY_KEYS.map((k) => r[k])] as const;

/**
 * The list as xlsx through exceljs' streaming writer (rows are committed as they are written, so a
 * run of 60,000 lines never sits in memory): header row, one row per line, a totals row. Rupiah are
 * whole numbers with the "#,##0" format, which Excel shows with the reader's separators (1.234.567
 * in an Indonesian locale); the score is a number with two decimals.
 */
export async function writeRunXlsx(source: ExportSource, stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "TRK Jabar";
  const sheet = workbook.addWorksheet("TRK", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_HEADERS.map((header, i) => ({
    header,
    key: `c${i}`,
    width: [20, 36, 36, 7, 10, 8][i] ?? 15,
    style: i >= 6 ? { numFmt: "#,##0" } : i === 5 ? { numFmt: "0.00" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const totals = emptyTotals();
  for await (const batch of allRunLineRows(db, { runId: source.runId, opdId: source.opdId })) {
    for (const r of batch) {
      const values = rowValues(r);
      sheet.addRow([values[0], values[1], values[2], values[3], values[4], Number(r.scoreText.replace(",", ".")), ...values.slice(6)]).commit();
      addToTotals(totals, r);
    }
  }
  const total = sheet.addRow(["", `JUMLAH (${totals.lines} pegawai)`, "", "", "", null, ...MONEY_KEYS.map((k) => totals[k])]);
  total.font = { bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}

/** The same list as CSV (UTF-8 with byte-order mark, semicolon-separated as Indonesian spreadsheets expect), with a totals row. */
export async function writeRunCsv(source: ExportSource, stream: Writable): Promise<void> {
  const csv = stringify({ delimiter: ";", bom: true });
  const done = new Promise<void>((resolve, reject) => {
    csv.on("error", reject);
    stream.on("error", reject);
    stream.on("finish", resolve);
  });
  csv.pipe(stream);
  const write = async (row: readonly (string | number)[]) => {
    if (!csv.write(row)) await new Promise((resolve) => csv.once("drain", resolve));
  };
  await write(EXPORT_HEADERS);
  const totals = emptyTotals();
  for await (const batch of allRunLineRows(db, { runId: source.runId, opdId: source.opdId })) {
    for (const r of batch) {
      await write(rowValues(r));
      addToTotals(totals, r);
    }
  }
  await write(["", `JUMLAH (${totals.lines} pegawai)`, "", "", "", "", ...MONEY_KEYS.map((k) => totals[k])]);
  csv.end();
  await done;
}
