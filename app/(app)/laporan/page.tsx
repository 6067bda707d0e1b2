import type { Metadata } from "next";
import { parseMonthParam } from "@/lib/domain/activities/month-param";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { policyOfYear } from "@/lib/server/remuneration/policy-store";
import { monthScores } from "@/lib/server/scoring/month-scores";
import { EVALUATION_PERIODS, PERIOD_LABELS, yearScores } from "@/lib/server/scoring/period";
import { MONTH_LABELS } from "@/lib/domain/period";
import { formatRational } from "@/lib/domain/rational";
import { EXPECTATION_LABELS, PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";
import { ScoreBreakdown } from "@/components/scoring/score-breakdown";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Laporan Kinerja" };

/** The employee's own monthly score with how it was computed, the year's scores and the predikat. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const params = await searchParams;
  const { year, month } = parseMonthParam(params.bulan, now);
  let content: React.ReactNode;
  try {
    const { policy } = await policyOfYear(db, year);
    const [scores, rows, evaluations, subordinates] = await Promise.all([
      monthScores(db, { year, month, employeeIds: [user.employeeId], policy, now }),
      yearScores(db, { employeeId: user.employeeId, year, now }),
      db.predikatEvaluation.findMany({ where: { employeeId: user.employeeId, year }, select: { period: true, hasil: true, perilaku: true, predikat: true, note: true } }),
      db.employee.count({ where: { supervisorId: user.employeeId } }),
    ]);
    const entry = scores.get(user.employeeId);
    content = (
      <>
        <nav aria-label="Cetak dan rekap" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href={`/laporan/cetak?bulan=${year}-${String(month).padStart(2, "0")}`} className="text-brand-700 underline">Cetak laporan bulan {MONTH_LABELS[month - 1]} {year}</Link>
          <Link href={`/laporan/cetak?tahun=${year}`} className="text-brand-700 underline">Cetak laporan tahun {year}</Link>
          {subordinates > 0 ? <Link href={`/laporan/tim?bulan=${year}-${String(month).padStart(2, "0")}`} className="text-brand-700 underline">Nilai kinerja tim ({subordinates} bawahan langsung)</Link> : null}
          {subordinates > 0 || user.role !== "PEGAWAI" ? <Link href={`/laporan/rekap?bulan=${year}-${String(month).padStart(2, "0")}`} className="text-brand-700 underline">Rekap kinerja</Link> : null}
        </nav>
        {entry ? <ScoreBreakdown score={entry.score} caption={`Nilai bulan ${MONTH_LABELS[month - 1]} ${year}`} /> : null}
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <ScoreTrendChart
            title={`Nilai per bulan tahun ${year}`}
            data={rows.map((r) => ({ month: MONTH_LABELS[r.month - 1]!.slice(0, 3), score: r.total ? Number(r.total.n) / Number(r.total.d) : null, text: r.totalText }))}
          />
        </section>
        <section aria-labelledby="year-title" className="space-y-2">
          <h2 id="year-title" className="text-lg font-semibold">Nilai per bulan tahun {year}</h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm" data-testid="score-year">
              <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                <tr><th scope="col" className="px-3 py-2">Bulan</th><th scope="col" className="px-3 py-2 text-right">Nilai</th><th scope="col" className="px-3 py-2 text-right">Hasil kerja</th><th scope="col" className="px-3 py-2 text-right">Perilaku</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((r) => (
                  <tr key={r.month}>
                    <th scope="row" className="px-3 py-2 text-left font-normal"><Link href={`/laporan?bulan=${year}-${String(r.month).padStart(2, "0")}`} className="text-brand-700 underline">{MONTH_LABELS[r.month - 1]}</Link></th>
                    <td className="px-3 py-2 text-right tabular-nums">{r.totalText ?? "—"}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.hasil ? formatRational(r.hasil, 2) : "—"}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{r.perilaku ? formatRational(r.perilaku, 2) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section aria-labelledby="predikat-title" className="space-y-2">
          <h2 id="predikat-title" className="text-lg font-semibold">Predikat kinerja {year}</h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="predikat-list">
            {EVALUATION_PERIODS.map((p) => {
              const e = evaluations.find((x) => x.period === p);
              return (
                <li key={p} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                  <p className="font-semibold">{PERIOD_LABELS[p]}</p>
                  {e ? (
                    <>
                      <p className="text-base font-semibold text-brand-800">{PREDIKAT_LABELS[e.predikat]}</p>
                      <p className="text-slate-600">Hasil kerja: {EXPECTATION_LABELS[e.hasil]} · Perilaku: {EXPECTATION_LABELS[e.perilaku]}</p>
                      {e.note ? <p className="mt-1 text-slate-600">Catatan: {e.note}</p> : null}
                    </>
                  ) : (
                    <p className="text-slate-500">Belum ditetapkan atasan.</p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      </>
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    content = <Alert tone="warning">{error.message}</Alert>;
  }
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Laporan Kinerja</h1>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="bulan" className="block text-xs text-slate-600">Bulan</label>
            <input id="bulan" name="bulan" type="month" defaultValue={`${year}-${String(month).padStart(2, "0")}`} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Tampilkan</button>
        </form>
      </div>
      {content}
    </div>
  );
}
