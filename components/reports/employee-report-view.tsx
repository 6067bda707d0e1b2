import { MONTH_LABELS } from "@/lib/domain/period";
import { formatLongDate, formatMinutes, formatQuantity, formatScore, REALISATION_STATUS_LABELS, SIGNATURE_PLACE } from "@/lib/domain/reports/report-format";
import { periodLabel } from "@/lib/domain/reports/report-period";
import { EXPECTATION_LABELS, PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";
import type { EmployeeReport } from "@/lib/server/reports/employee-report";
import { PERIOD_LABELS } from "@/lib/server/scoring/period";
import { ScoreBreakdown } from "@/components/scoring/score-breakdown";

const th = "border border-slate-400 px-2 py-1 text-left align-top font-semibold";
const td = "border border-slate-400 px-2 py-1 align-top";
const num = `${td} text-right tabular-nums`;

/** The printable performance report (A4): the same sections, in the same order, as the PDF. */
export function EmployeeReportView({ report }: { report: EmployeeReport }) {
  const { employee: e, supervisor: s, period } = report;
  const monthly = period.month !== null;
  const totalMinutes = report.months.reduce((a, m) => ({ approved: a.approved + m.approvedMinutes, target: a.target + m.targetMinutes }), { approved: 0, target: 0 });
  return (
    <article className="space-y-5 text-sm [overflow-wrap:anywhere] print:space-y-3 print:text-[10.5pt]" data-testid="employee-report">
      <header className="text-center">
        <p className="font-semibold uppercase">Pemerintah Daerah Provinsi Jawa Barat</p>
        <h1 className="text-lg font-bold uppercase">Laporan Kinerja Pegawai {monthly ? "Bulanan" : "Tahunan"}</h1>
        <p>Periode: {periodLabel(period)}</p>
      </header>

      <section aria-labelledby="r-identity">
        <h2 id="r-identity" className="mb-1 font-semibold">A. Identitas Pegawai</h2>
        <table className="w-full border-collapse"><tbody>
          <tr><th scope="row" className={`${th} w-28 sm:w-44`}>Nama</th><td className={td}>{e.name}</td></tr>
          <tr><th scope="row" className={th}>NIP</th><td className={td} data-testid="report-nip">{e.nip}</td></tr>
          <tr><th scope="row" className={th}>Pangkat/golongan</th><td className={td}>{e.golongan}</td></tr>
          <tr><th scope="row" className={th}>Jabatan</th><td className={td}>{e.position}</td></tr>
          <tr><th scope="row" className={th}>Unit kerja</th><td className={td}>{e.unit}</td></tr>
          <tr><th scope="row" className={th}>Perangkat daerah</th><td className={td}>{e.agency}</td></tr>
          <tr><th scope="row" className={th}>Atasan langsung</th><td className={td}>{s ? `${s.name} (NIP ${s.nip}), ${s.position}` : "— (dinilai oleh Admin BKD)"}</td></tr>
        </tbody></table>
      </section>

      <section aria-labelledby="r-skp" className="break-inside-avoid-page">
        <h2 id="r-skp" className="mb-1 font-semibold">B. SKP yang Berlaku{report.skp ? ` (versi ${report.skp.versionNumber})` : ""}</h2>
        {report.skp ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse" data-testid="report-skp">
              <thead><tr>
                <th scope="col" className={th}>RHK / IKI</th>
                <th scope="col" className={th}>Target{monthly ? "" : " tahun"}</th>
                <th scope="col" className={th}>Realisasi</th>
                <th scope="col" className={th}>Capaian</th>
              </tr></thead>
              <tbody>
                {report.skp.rhks.map((r, ri) => [
                  <tr key={`r${r.id}`} className="bg-slate-50"><td colSpan={4} className={`${td} font-medium`}>{ri + 1}. [{r.kind === "UTAMA" ? "Utama" : "Tambahan"}] {r.description}</td></tr>,
                  ...r.ikis.map((i) => (
                    <tr key={`i${i.id}`}>
                      <td className={`${td} pl-5`}>{i.description}</td>
                      <td className={num}>{i.target ? `${formatQuantity(i.target)} ${i.unit}` : "—"}</td>
                      <td className={num}>{i.realisation ? `${formatQuantity(i.realisation)} ${i.unit}` : "—"}{monthly && i.status && i.status !== "TERVERIFIKASI" ? <span className="block text-xs">({REALISATION_STATUS_LABELS[i.status]})</span> : null}</td>
                      <td className={num}>{i.target ? `${formatScore(i.capaian)}%` : "—"}</td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-slate-600">Capaian per IKI maksimal 100%; realisasi yang belum diverifikasi atasan bernilai 0.{monthly ? "" : " Target dan realisasi tahunan: jumlah bulan bertarget (aspek kuantitas) atau rata-ratanya (aspek lain); capaian tahunan adalah rata-rata capaian bulanan."}</p>
          </div>
        ) : <p>Belum ada SKP yang disetujui untuk tahun {period.year}.</p>}
      </section>

      <section aria-labelledby="r-score" className="break-inside-avoid-page space-y-2">
        <h2 id="r-score" className="font-semibold">C. Aktivitas, Perilaku dan Nilai Kinerja</h2>
        {monthly && report.months[0] ? (
          <>
            <p>Menit aktivitas disetujui: <strong>{formatMinutes(report.months[0].approvedMinutes)}</strong> dari target {formatMinutes(report.months[0].targetMinutes)} · Nilai perilaku: <strong>{formatScore(report.months[0].behaviour)}</strong></p>
            <ScoreBreakdown score={report.months[0].score} caption={`Nilai bulan ${MONTH_LABELS[period.month! - 1]} ${period.year}`} />
          </>
        ) : null}
        {!monthly ? (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse" data-testid="report-year">
              <thead><tr>
                <th scope="col" className={th}>Bulan</th><th scope="col" className={th}>Menit disetujui / target</th><th scope="col" className={th}>Capaian IKI</th><th scope="col" className={th}>Perilaku</th><th scope="col" className={th}>Nilai</th>
              </tr></thead>
              <tbody>
                {report.months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" className={`${td} text-left font-normal`}>{MONTH_LABELS[m.month - 1]}</th>
                    <td className={num}>{m.approvedMinutes} / {m.targetMinutes}</td>
                    <td className={num}>{formatScore(m.score.lines.find((l) => l.component === "capaianIki")?.score ?? null)}</td>
                    <td className={num}>{formatScore(m.behaviour)}</td>
                    <td className={`${num} font-semibold`}>{m.score.totalText ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr>
                <th scope="row" className={`${td} text-left`}>Jumlah / rata-rata</th>
                <td className={num}>{totalMinutes.approved} / {totalMinutes.target}</td>
                <td className={td} /><td className={td} />
                <td className={`${num} font-bold`} data-testid="report-mean">{formatScore(report.meanScore)}</td>
              </tr></tfoot>
            </table>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="r-predikat" className="break-inside-avoid-page">
        <h2 id="r-predikat" className="mb-1 font-semibold">D. Predikat Kinerja</h2>
        {report.predikats.length === 0 ? <p>Belum ditetapkan oleh pejabat penilai.</p> : (
          <ul className="list-inside list-disc">
            {report.predikats.map((p) => <li key={p.period}>{PERIOD_LABELS[p.period]}: <strong>{PREDIKAT_LABELS[p.predikat]}</strong> (hasil kerja {EXPECTATION_LABELS[p.hasil].toLowerCase()}, perilaku {EXPECTATION_LABELS[p.perilaku].toLowerCase()})</li>)}
          </ul>
        )}
      </section>

      <section aria-label="Tanda tangan" className="grid grid-cols-2 gap-4 pt-4 sm:gap-8 break-inside-avoid" data-testid="report-signatures">
        <div>
          <p>&nbsp;</p>
          <p>Pegawai yang Dinilai,</p>
          <div className="h-16" />
          <p className="font-semibold underline">{e.name}</p>
          <p>NIP {e.nip}</p>
        </div>
        <div>
          <p>{SIGNATURE_PLACE}, {formatLongDate(report.printedOn)}</p>
          <p>Pejabat Penilai Kinerja,</p>
          <div className="h-16" />
          <p className="font-semibold underline">{s ? s.name : "...................................."}</p>
          <p>NIP {s ? s.nip : "...................................."}</p>
        </div>
      </section>
    </article>
  );
}
