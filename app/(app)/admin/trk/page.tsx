import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { monthKey, parseMonthKey } from "@/lib/domain/remuneration/run-rules";
import { formatDateTimeWib } from "@/lib/format-date";
import { formatRupiah } from "@/lib/format-number";
import { requireUser } from "@/lib/server/auth/current-user";
import { allowed } from "@/lib/server/authz";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { listRuns } from "@/lib/server/remuneration/queries";
import { ComputeRunForm } from "@/components/trk/compute-run-form";
import { Button } from "@/components/ui/button";
import { intParam, param, type SearchParams } from "../search-params";
import { computeRunAction } from "./actions";

export const metadata: Metadata = { title: "TRK — Perhitungan" };

/** Admin BKD / Admin OPD: the allowance runs (filters month and agency) and the "Hitung" form (DESIGN.md §8.3). */
export default async function RunsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!allowed(user, "run.compute", { opdId: user.opdId })) notFound();
  const params = await searchParams;
  const filterMonth = parseMonthKey(param(params, "bulan"));
  const filterOpd = user.role === "ADMIN_BKD" ? intParam(params, "opd") : undefined;
  const [runs, agencies] = await Promise.all([listRuns(user, { ...(filterMonth ?? {}), opdId: filterOpd }), agencyOptions(user)]);
  const { year, month } = jakartaDate(new Date());
  const lastMonth = month === 1 ? monthKey(year - 1, 12) : monthKey(year, month - 1);
  const bkd = user.role === "ADMIN_BKD";

  return (
    <div className="space-y-6">
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> / TRK
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Perhitungan TRK</h1>
        <p className="text-slate-600">
          {bkd
            ? "Hitung TRK satu perangkat daerah atau seluruhnya, periksa drafnya, lalu finalkan. TRK final tidak berubah; koreksi dibuat sebagai revisi."
            : "Hitung draf TRK perangkat daerah Anda untuk diperiksa. Finalisasi dilakukan oleh BKD."}
        </p>
      </div>

      <section aria-labelledby="hitung" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="hitung" className="mb-3 text-lg font-semibold">Hitung</h2>
        <ComputeRunForm action={computeRunAction} agencies={agencies} allowAll={bkd} defaultMonth={lastMonth} />
      </section>

      <section aria-labelledby="daftar" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="daftar" className="text-lg font-semibold">Daftar perhitungan</h2>
        <form method="get" action="/admin/trk" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="filter-bulan" className="block text-sm font-medium text-slate-700">Bulan</label>
            <input id="filter-bulan" name="bulan" type="month" defaultValue={filterMonth ? monthKey(filterMonth.year, filterMonth.month) : ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm" />
          </div>
          {bkd ? (
            <div>
              <label htmlFor="filter-opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
              <select id="filter-opd" name="opd" defaultValue={filterOpd ?? ""} className="mt-1 block max-w-sm rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm">
                <option value="">Semua</option>
                {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
              </select>
            </div>
          ) : null}
          <Button type="submit" variant="secondary">Saring</Button>
        </form>
        {runs.length === 0 ? (
          <p className="text-sm text-slate-600">Belum ada perhitungan.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="run-list">
              <thead>
                <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
                  <th scope="col" className="py-2 pr-3">Bulan</th>
                  <th scope="col" className="py-2 pr-3">Perangkat daerah</th>
                  <th scope="col" className="py-2 pr-3">Revisi</th>
                  <th scope="col" className="py-2 pr-3">Status</th>
                  <th scope="col" className="py-2 pr-3 text-right">Pegawai</th>
                  <th scope="col" className="py-2 pr-3 text-right">Neto</th>
                  <th scope="col" className="py-2">Dihitung</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {runs.map((r) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-3">
                      <Link href={`/admin/trk/${r.id}`} className="text-brand-700 hover:underline">{monthLabel(r.month)} {r.year}</Link>
                    </td>
                    <td className="py-2 pr-3">{r.opd ? r.opd.name : "Seluruh perangkat daerah"}</td>
                    <td className="py-2 pr-3">{r.revision}</td>
                    <td className="py-2 pr-3">{r.stateLabel}{!r.computedAt && !r.error && r.progressTotal ? ` (${r.progressDone}/${r.progressTotal})` : ""}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{r.totals.lines}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatRupiah(r.totals.net)}</td>
                    <td className="py-2">{r.computedAt ? formatDateTimeWib(r.computedAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
