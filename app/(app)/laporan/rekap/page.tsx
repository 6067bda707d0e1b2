import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { agencyOptions, unitOptions, type Option } from "@/lib/server/admin/org-options";
import { buildRecap } from "@/lib/server/reports/recap";
import { BarChartTable } from "@/components/charts/bar-chart-table";
import { cmp, rational, type Rational } from "@/lib/domain/rational";
import { PREDIKATS, PREDIKAT_LABELS } from "@/lib/domain/scoring/predikat";
import { jakartaDate, MONTH_LABELS } from "@/lib/domain/period";
import { parseRecapParams } from "@/lib/domain/reports/recap-params";
import { single } from "@/lib/domain/reports/report-period";
import { RecapTable } from "@/components/reports/recap-table";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Rekap Kinerja" };

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

/** Team or agency recapitulation of a month with ranking (DESIGN.md §11), with xlsx and CSV downloads. */
/** Score bands of the distribution chart: the payout curve's edges (§8.3: below 50 pays nothing, from 85 in full). */
const at = (n: number) => rational(n);
const SCORE_BANDS: { label: string; test: (v: Rational | null) => boolean }[] = [
  { label: "< 50", test: (v) => v !== null && cmp(v, at(50)) < 0 },
  { label: "50–69", test: (v) => v !== null && cmp(v, at(50)) >= 0 && cmp(v, at(70)) < 0 },
  { label: "70–84", test: (v) => v !== null && cmp(v, at(70)) >= 0 && cmp(v, at(85)) < 0 },
  { label: "≥ 85", test: (v) => v !== null && cmp(v, at(85)) >= 0 },
  { label: "Tanpa nilai", test: (v) => v === null },
];

export default async function RecapPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const today = jakartaDate(now);
  const sp = await searchParams;
  const parsed = parseRecapParams({ bulan: single(sp.bulan), mode: single(sp.mode), opd: single(sp.opd), unit: single(sp.unit) }, user, today);
  const isAdmin = user.role !== "PEGAWAI";
  const p = parsed.ok ? parsed.value : { year: today.year, month: today.month, mode: isAdmin ? ("opd" as const) : ("tim" as const), opdId: isAdmin ? user.opdId : null, unitId: null };
  const bulan = `${p.year}-${String(p.month).padStart(2, "0")}`;

  let agencies: Option[] = [];
  let units: Option[] = [];
  if (isAdmin) {
    agencies = user.role === "ADMIN_BKD" ? await agencyOptions(user) : [];
    if (p.mode === "opd" && p.opdId !== null && (user.role === "ADMIN_BKD" || p.opdId === user.opdId)) units = await unitOptions(user, p.opdId, false);
  }

  let body: React.ReactNode;
  if (!parsed.ok) {
    body = <Alert tone="error" testId="recap-error">{parsed.message}</Alert>;
  } else {
    try {
      const recap = await buildRecap(db, { actor: user, year: p.year, month: p.month, now, scope: p.mode === "tim" ? { mode: "tim" } : { mode: "opd", opdId: p.opdId!, unitId: p.unitId } });
      const query = new URLSearchParams({ bulan, mode: p.mode, ...(p.opdId ? { opd: String(p.opdId) } : {}), ...(p.unitId ? { unit: String(p.unitId) } : {}) }).toString();
      body = (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-slate-600" data-testid="recap-scope">
              {recap.opd ? recap.opd.name : "Bawahan langsung"}{recap.unit ? ` · ${recap.unit.name}` : ""} · {MONTH_LABELS[p.month - 1]} {p.year} · {recap.rows.length} pegawai
            </p>
            {recap.rows.length > 0 ? (
              <div className="flex flex-wrap gap-2">
                <a href={`/laporan/rekap/excel?${query}`} className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800" download>Unduh Excel</a>
                <a href={`/laporan/rekap/csv?${query}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-slate-50" download>Unduh CSV</a>
              </div>
            ) : null}
          </div>
          {recap.rows.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="recap-empty">
              {recap.mode === "tim" ? "Anda tidak memiliki bawahan langsung." : "Tidak ada pegawai pada cakupan ini di bulan tersebut."}
            </p>
          ) : (
            <>
            <div className="grid gap-4 lg:grid-cols-2">
              <section className="rounded-lg border border-slate-200 bg-white p-4">
                <BarChartTable
                  title="Sebaran nilai"
                  series={[{ key: "jumlah", label: "Pegawai", color: "#0b7a4b" }]}
                  data={SCORE_BANDS.map((b) => ({ label: b.label, jumlah: recap.rows.filter((r) => b.test(r.nilai)).length }))}
                />
              </section>
              <section className="rounded-lg border border-slate-200 bg-white p-4">
                <BarChartTable
                  title={`Sebaran predikat ${p.year}`}
                  series={[{ key: "jumlah", label: "Pegawai", color: "#e3a008" }]}
                  data={[...PREDIKATS.map((k) => ({ label: PREDIKAT_LABELS[k], jumlah: recap.rows.filter((r) => r.predikat?.value === k).length })), { label: "Belum ditetapkan", jumlah: recap.rows.filter((r) => !r.predikat).length }]}
                />
              </section>
            </div>
            <RecapTable rows={recap.rows} caption={`Rekap kinerja ${MONTH_LABELS[p.month - 1]} ${p.year}, diurutkan dari nilai tertinggi`} reportHref={(nip) => `/laporan/cetak?bulan=${bulan}&nip=${nip}`} />
            </>
          )}
        </>
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      body = <Alert tone={error.code === "FORBIDDEN" || error.code === "NOT_FOUND" ? "error" : "warning"} testId="recap-error">{error.message}</Alert>;
    }
  }

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/laporan" className="text-brand-700 underline">← Laporan saya</Link></p>
      <h1 className="text-2xl font-semibold">Rekap Kinerja Pegawai</h1>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div>
          <label htmlFor="bulan" className="block text-sm font-medium text-slate-700">Bulan</label>
          <input id="bulan" name="bulan" type="month" defaultValue={bulan} className={input} />
        </div>
        {isAdmin ? (
          <div>
            <label htmlFor="mode" className="block text-sm font-medium text-slate-700">Cakupan</label>
            <select id="mode" name="mode" defaultValue={p.mode} className={input}>
              <option value="opd">Perangkat daerah</option>
              <option value="tim">Bawahan langsung</option>
            </select>
          </div>
        ) : <input type="hidden" name="mode" value="tim" />}
        {user.role === "ADMIN_BKD" ? (
          <div>
            <label htmlFor="opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
            <select id="opd" name="opd" defaultValue={p.opdId ?? ""} className={input}>
              {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
            </select>
          </div>
        ) : null}
        {isAdmin && p.mode === "opd" ? (
          <div>
            <label htmlFor="unit" className="block text-sm font-medium text-slate-700">Unit kerja</label>
            <select id="unit" name="unit" defaultValue={p.unitId ?? ""} className={input}>
              <option value="">Semua unit</option>
              {units.map((u) => <option key={u.id} value={u.id}>{u.label}</option>)}
            </select>
          </div>
        ) : null}
        <div>
          <button type="submit" className="w-full rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50 lg:w-auto">Tampilkan</button>
        </div>
      </form>
      {body}
    </div>
  );
}
