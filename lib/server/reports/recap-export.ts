import "server-only";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { MONTH_LABELS, WIB_OFFSET_MS } from "@/lib/domain/period";
import { cellText, RECAP_COLUMNS } from "@/lib/domain/reports/recap-columns";
import type { Recap } from "./recap";

/** Excel's locale prefix for Indonesian (LCID 0x0421): decimal comma, thousands point, Indonesian month names. */
const ID = "[$-421]";
export const XLSX_SCORE_FORMAT = `${ID}#,##0.00`;
export const XLSX_DATE_FORMAT = `${ID}d mmmm yyyy hh:mm`;
/** The header row of the table in the sheet (title rows above it). */
export const XLSX_HEADER_ROW = 4;
/** CSV delimiter: semicolon, what Excel expects in an Indonesian locale (the decimal comma is taken). */
export const CSV_DELIMITER = ";";

export function recapTitle(recap: Recap): string {
  const scope = recap.opd ? `${recap.opd.name}${recap.unit ? ` — ${recap.unit.name}` : ""}` : "Bawahan langsung";
  return `Rekapitulasi Kinerja Pegawai · ${scope} · ${MONTH_LABELS[recap.month - 1]} ${recap.year}`;
}

export function recapFileName(recap: Recap, ext: "xlsx" | "csv"): string {
  const scope = recap.opd ? `opd-${recap.opd.id}${recap.unit ? `-unit-${recap.unit.id}` : ""}` : "tim";
  return `rekap-kinerja-${scope}-${recap.year}-${String(recap.month).padStart(2, "0")}.${ext}`;
}

/** The recap as an .xlsx workbook: title row (agency, month), download time (WIB), then the table. */
export async function recapXlsx(recap: Recap, now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "TRK Jabar";
  wb.created = now;
  const ws = wb.addWorksheet("Rekap", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.mergeCells(1, 1, 1, RECAP_COLUMNS.length);
  ws.getCell(1, 1).value = recapTitle(recap);
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = "Diunduh pada (WIB)";
  // Excel dates have no zone: write the WIB wall-clock time.
  const wib = new Date(now.getTime() + WIB_OFFSET_MS);
  ws.getCell(2, 2).value = wib;
  ws.getCell(2, 2).numFmt = XLSX_DATE_FORMAT;
  ws.getCell(2, 2).alignment = { horizontal: "left" };
  const header = ws.getRow(XLSX_HEADER_ROW);
  RECAP_COLUMNS.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
  });
  header.font = { bold: true };
  header.commit();
  recap.rows.forEach((row, r) => {
    const line = ws.getRow(XLSX_HEADER_ROW + 1 + r);
    RECAP_COLUMNS.forEach((c, i) => {
      const cell = line.getCell(i + 1);
      cell.value = c.value(row);
      if (c.kind === "score") cell.numFmt = XLSX_SCORE_FORMAT;
    });
    line.commit();
  });
  const widths: Record<string, number> = { rank: 10, nip: 21, name: 34, position: 34, unit: 30, predikat: 28 };
  RECAP_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = widths[c.key] ?? 13;
  });
  ws.views = [{ state: "frozen", ySplit: XLSX_HEADER_ROW }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The recap as CSV: UTF-8 with a byte-order mark (so Excel reads the names right), `;`-separated,
 * numbers with a decimal comma as on the page, "—" for a component without basis. The first line
 * is the header; the title is in the file name, not in the file, so the file parses as a table.
 */
export function recapCsv(recap: Recap): string {
  const records = recap.rows.map((row) => RECAP_COLUMNS.map((c) => cellText(c, row)));
  return `\uFEFF${stringify(records, { header: true, columns: RECAP_COLUMNS.map((c) => c.header), delimiter: CSV_DELIMITER, record_delimiter: "windows" })}`;
}

