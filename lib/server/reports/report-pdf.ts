import "server-only";
import PDFDocument from "pdfkit";
import { MONTH_LABELS } from "@/lib/domain/period";
import { formatLongDate, formatMinutes, formatQuantity, formatScore, REALISATION_STATUS_LABELS, SIGNATURE_PLACE } from "@/lib/domain/reports/report-format";
import { periodKey, periodLabel } from "@/lib/domain/reports/report-period";
import { formatRational, mul } from "@/lib/domain/rational";
import { SCORE_COMPONENT_LABELS } from "@/lib/domain/scoring/monthly-score";
import { EXPECTATION_LABELS, PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";
import { PERIOD_LABELS } from "../scoring/period";
import type { EmployeeReport } from "./employee-report";

const MM = 72 / 25.4;
const MARGIN = 18 * MM;

export const reportPdfFileName = (r: EmployeeReport) => `laporan-kinerja-${r.employee.nip}-${periodKey(r.period)}.pdf`;

/**
 * The performance report as a PDF (A4, pdfkit's built-in Helvetica: no browser, no font download):
 * the same sections as the print page (components/reports/employee-report-view.tsx) in a plain layout.
 */
export function employeeReportPdf(report: EmployeeReport): Promise<Buffer> {
  const { employee: e, supervisor: s, period } = report;
  const monthly = period.month !== null;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: `Laporan Kinerja ${e.name} ${periodLabel(period)}`, Subject: `Laporan kinerja NIP ${e.nip} periode ${periodKey(period)}`, Author: "TRK Jabar", Creator: "TRK Jabar" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  /** One table row: cells laid side by side with wrapping; a new page when it does not fit. */
  const row = (cells: string[], widths: number[], options: { bold?: boolean; align?: ("left" | "right")[] } = {}) => {
    doc.font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const heights = cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }));
    const h = Math.max(...heights) + 6;
    if (doc.y + h > bottom()) doc.addPage();
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, widths[i]!, h).lineWidth(0.5).stroke("#64748b");
      doc.fillColor("black").text(c, x + 3, y + 3, { width: widths[i]! - 6, align: options.align?.[i] ?? "left" });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + h;
  };
  const heading = (text: string) => {
    if (doc.y + 40 > bottom()) doc.addPage();
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(11).fillColor("black").text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, size = 9) => doc.font("Helvetica").fontSize(size).fillColor("black").text(text, left, doc.y, { width });

  doc.font("Helvetica-Bold").fontSize(11).text("PEMERINTAH DAERAH PROVINSI JAWA BARAT", { align: "center", width });
  doc.fontSize(13).text(`LAPORAN KINERJA PEGAWAI ${monthly ? "BULANAN" : "TAHUNAN"}`, { align: "center", width });
  doc.font("Helvetica").fontSize(10).text(`Periode: ${periodLabel(period)}`, { align: "center", width });

  heading("A. Identitas Pegawai");
  const kv = [width * 0.28, width * 0.72];
  for (const [k, v] of [
    ["Nama", e.name],
    ["NIP", e.nip],
    ["Pangkat/golongan", e.golongan],
    ["Jabatan", e.position],
    ["Unit kerja", e.unit],
    ["Perangkat daerah", e.agency],
    ["Atasan langsung", s ? `${s.name} (NIP ${s.nip}), ${s.position}` : "— (dinilai oleh Admin BKD)"],
  ] as const) row([k, v], kv);

  heading(`B. SKP yang Berlaku${report.skp ? ` (versi ${report.skp.versionNumber})` : ""}`);
  if (!report.skp) paragraph(`Belum ada SKP yang disetujui untuk tahun ${period.year}.`);
  else {
    const w = [width * 0.49, width * 0.17, width * 0.19, width * 0.15];
    row(["RHK / IKI", monthly ? "Target" : "Target tahun", "Realisasi", "Capaian"], w, { bold: true });
    report.skp.rhks.forEach((r, ri) => {
      row([`${ri + 1}. [${r.kind === "UTAMA" ? "Utama" : "Tambahan"}] ${r.description}`], [width], { bold: true });
      for (const i of r.ikis) {
        const status = monthly && i.status && i.status !== "TERVERIFIKASI" ? ` (${REALISATION_STATUS_LABELS[i.status]})` : "";
        row(
          [`   ${i.description}`, i.target ? `${formatQuantity(i.target)} ${i.unit}` : "—", `${i.realisation ? `${formatQuantity(i.realisation)} ${i.unit}` : "—"}${status}`, i.target ? `${formatScore(i.capaian)}%` : "—"],
          w,
          { align: ["left", "right", "right", "right"] },
        );
      }
    });
    doc.moveDown(0.3);
    paragraph("Capaian per IKI maksimal 100%; realisasi yang belum diverifikasi atasan bernilai 0.", 8);
  }

  heading("C. Aktivitas, Perilaku dan Nilai Kinerja");
  if (monthly && report.months[0]) {
    const m = report.months[0];
    paragraph(`Menit aktivitas disetujui: ${formatMinutes(m.approvedMinutes)} dari target ${formatMinutes(m.targetMinutes)}. Nilai perilaku: ${formatScore(m.behaviour)}.`);
    doc.moveDown(0.3);
    const w = [width * 0.22, width * 0.44, width * 0.1, width * 0.1, width * 0.14];
    row(["Komponen", "Dasar perhitungan", "Nilai", "Bobot", "Kontribusi"], w, { bold: true });
    for (const l of m.score.lines) {
      row([SCORE_COMPONENT_LABELS[l.component], l.basis, l.score ? formatRational(l.score, 2) : "tidak dihitung", `${l.weightBp / 100}%`, l.score ? formatRational(mul(l.score, l.effectiveWeight), 2) : "—"], w, { align: ["left", "left", "right", "right", "right"] });
    }
    row([`Nilai bulan ${MONTH_LABELS[period.month! - 1]} ${period.year}`, m.score.totalText ?? "belum ada dasar"], [width * 0.86, width * 0.14], { bold: true, align: ["left", "right"] });
  } else if (!monthly) {
    const w = [width * 0.2, width * 0.3, width * 0.17, width * 0.16, width * 0.17];
    row(["Bulan", "Menit disetujui / target", "Capaian IKI", "Perilaku", "Nilai"], w, { bold: true });
    const align: ("left" | "right")[] = ["left", "right", "right", "right", "right"];
    for (const m of report.months) {
      row([MONTH_LABELS[m.month - 1]!, `${m.approvedMinutes} / ${m.targetMinutes}`, formatScore(m.score.lines.find((l) => l.component === "capaianIki")?.score ?? null), formatScore(m.behaviour), m.score.totalText ?? "—"], w, { align });
    }
    const total = report.months.reduce((a, m) => [a[0]! + m.approvedMinutes, a[1]! + m.targetMinutes], [0, 0]);
    row(["Jumlah / rata-rata", `${total[0]} / ${total[1]}`, "", "", formatScore(report.meanScore)], w, { bold: true, align });
  }

  heading("D. Predikat Kinerja");
  if (report.predikats.length === 0) paragraph("Belum ditetapkan oleh pejabat penilai.");
  for (const p of report.predikats) {
    paragraph(`${PERIOD_LABELS[p.period]}: ${PREDIKAT_LABELS[p.predikat]} (hasil kerja ${EXPECTATION_LABELS[p.hasil].toLowerCase()}, perilaku ${EXPECTATION_LABELS[p.perilaku].toLowerCase()})`);
  }

  // Signature blocks: the employee on the left, the assessing official (Pejabat Penilai Kinerja) on the right.
  if (doc.y + 130 > bottom()) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const col = width / 2;
  doc.font("Helvetica").fontSize(10);
  doc.text(" ", left, y, { width: col }).text("Pegawai yang Dinilai,", { width: col });
  doc.moveDown(4).font("Helvetica-Bold").text(e.name, { width: col, underline: true }).font("Helvetica").text(`NIP ${e.nip}`, { width: col });
  const endLeft = doc.y;
  doc.text(`${SIGNATURE_PLACE}, ${formatLongDate(report.printedOn)}`, left + col, y, { width: col }).text("Pejabat Penilai Kinerja,", { width: col });
  doc.moveDown(4).font("Helvetica-Bold").text(s ? s.name : "....................................", { width: col, underline: Boolean(s) }).font("Helvetica").text(`NIP ${s ? s.nip : "...................................."}`, { width: col });
  doc.y = Math.max(doc.y, endLeft);

  doc.end();
  return done;
}
