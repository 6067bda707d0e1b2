import type { Metadata } from "next";
import { parseMonthParam } from "@/lib/domain/activities/month-param";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { policyOfYear } from "@/lib/server/remuneration/policy-store";
import { monthScores } from "@/lib/server/scoring/month-scores";
import { approvableOwners } from "@/lib/server/skp/relations";
import { MONTH_LABELS } from "@/lib/domain/period";
import { formatPersonName } from "@/lib/domain/person-name";
import { formatRational } from "@/lib/domain/rational";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Nilai Kinerja Tim" };

/** A supervisor's direct subordinates (heads for Admin BKD) with their monthly score, best first. */
export default async function TeamScoresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const params = await searchParams;
  const { year, month } = parseMonthParam(params.bulan, now);
  const team = await db.employee.findMany({
    where: approvableOwners(user),
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } } },
  });
  let body: React.ReactNode;
  try {
    const { policy } = await policyOfYear(db, year);
    const scores = await monthScores(db, { year, month, employeeIds: team.map((t) => t.id), policy, now });
    const rows = team
      .map((t) => ({ ...t, entry: scores.get(t.id) }))
      .sort((a, b) => {
        const x = a.entry?.score.total;
        const y = b.entry?.score.total;
        if (!x || !y) return x ? -1 : y ? 1 : 0;
        return Number(y.n * x.d - x.n * y.d);
      });
    body = team.length === 0 ? (
      <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Anda tidak memiliki bawahan langsung.</p>
    ) : (
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-sm" data-testid="team-scores">
          <caption className="sr-only">Nilai kinerja tim bulan {MONTH_LABELS[month - 1]} {year}, diurutkan dari nilai tertinggi</caption>
          <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2">Peringkat</th>
              <th scope="col" className="px-3 py-2">Pegawai</th>
              <th scope="col" className="px-3 py-2 text-right">Aktivitas</th>
              <th scope="col" className="px-3 py-2 text-right">Capaian IKI</th>
              <th scope="col" className="px-3 py-2 text-right">Perilaku</th>
              <th scope="col" className="px-3 py-2 text-right">Nilai</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r, i) => {
              const line = (c: string) => r.entry?.score.lines.find((l) => l.component === c)?.score;
              const cell = (c: string) => {
                const s = line(c);
                return s ? formatRational(s, 2) : "—";
              };
              return (
                <tr key={r.id}>
                  <td className="px-3 py-2 tabular-nums">{i + 1}</td>
                  <td className="px-3 py-2">
                    <Link href={`/laporan/tim/${r.nip}?bulan=${year}-${String(month).padStart(2, "0")}`} className="font-medium text-brand-700 underline">{formatPersonName(r)}</Link>
                    <span className="block text-xs text-slate-500">NIP {r.nip} · {r.position.name}</span>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{cell("aktivitas")}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{cell("capaianIki")}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{cell("perilaku")}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{r.entry?.score.totalText ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  } catch (error) {
    if (!isAppError(error)) throw error;
    body = <Alert tone="warning">{error.message}</Alert>;
  }
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap gap-x-4 text-sm">
        <Link href="/laporan" className="text-brand-700 underline">← Laporan saya</Link>
        <Link href={`/laporan/rekap?mode=tim&bulan=${year}-${String(month).padStart(2, "0")}`} className="text-brand-700 underline">Rekap tim dengan unduhan Excel/CSV</Link>
      </p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold">Nilai Kinerja Tim · {MONTH_LABELS[month - 1]} {year}</h1>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="bulan" className="block text-xs text-slate-600">Bulan</label>
            <input id="bulan" name="bulan" type="month" defaultValue={`${year}-${String(month).padStart(2, "0")}`} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm" />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Tampilkan</button>
        </form>
      </div>
      {body}
    </div>
  );
}
