import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { monthLabel } from "@/lib/domain/period";
import { monthKey } from "@/lib/domain/remuneration/run-rules";
import { formatDateTimeWib } from "@/lib/format-date";
import { formatInteger, formatRupiah } from "@/lib/format-number";
import { requireUser } from "@/lib/server/auth/current-user";
import { allowed } from "@/lib/server/authz";
import { isAppError } from "@/lib/server/errors";
import { getRunDetail, type RunDetail } from "@/lib/server/remuneration/queries";
import { Alert } from "@/components/ui/alert";
import { AutoRefresh, RunActions } from "@/components/trk/run-actions";
import { intParam, query, type SearchParams } from "../../search-params";
import { finaliseRunAction, recomputeRunAction, reviseRunAction } from "../actions";

export const metadata: Metadata = { title: "TRK — Rincian Perhitungan" };

const MONEY = [
  ["base", "Basis"],
  ["kinerja", "Kinerja"],
  ["disiplin", "Disiplin"],
  ["sanctionCut", "Potongan Sanksi"],
  ["gross", "Bruto"],
  ["tax", "PPh 21"],
  ["net", "Neto"],
] as const;

/** One run: state and progress, per-agency totals, the lines (200 a page), Finalkan / Revisi, exports. */
export default async function RunPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!allowed(user, "run.compute", { opdId: user.opdId })) notFound();
  const runId = Number((await params).id);
  if (!Number.isInteger(runId) || runId <= 0) notFound();
  const sp = await searchParams;
  const opd = intParam(sp, "opd");
  let detail: RunDetail;
  try {
    detail = await getRunDetail(user, { runId, opdId: opd ?? null, page: intParam(sp, "hal") ?? 1 });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  }
  const { run, agencies, lines } = detail;
  const computing = !run.computedAt && !run.error;
  const title = `TRK ${monthLabel(run.month)} ${run.year} — ${run.opd ? run.opd.name : "Seluruh perangkat daerah"}`;
  const exportQuery = (format: string) => query({ format, opd: detail.opdFilter ?? undefined });
  const visibleTotals = agencies.filter((a) => detail.opdFilter === null || a.opdId === detail.opdFilter);
  const sum = (key: (typeof MONEY)[number][0]) => visibleTotals.reduce((s, a) => s + a[key], 0);
  const pageLink = (page: number) => `/admin/trk/${run.id}${query({ opd: detail.opdFilter ?? undefined, hal: page })}`;

  return (
    <div className="space-y-6">
      <AutoRefresh active={computing} />
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> /{" "}
        <Link href="/admin/trk" className="text-brand-700 hover:underline">TRK</Link> / Revisi {run.revision}
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-600">
          Revisi {run.revision} · <span data-testid="run-state">{run.stateLabel}</span> · kebijakan versi {run.policyVersion} · dibuat oleh {run.createdBy}
          {run.computedAt ? ` · dihitung ${formatDateTimeWib(run.computedAt)}` : ""}
          {run.finalisedAt ? ` · difinalkan ${formatDateTimeWib(run.finalisedAt)} oleh ${run.finalisedBy ?? "—"}` : ""}
        </p>
        {run.supersedes ? <p className="text-sm text-slate-600">Merevisi <Link className="text-brand-700 hover:underline" href={`/admin/trk/${run.supersedes.id}`}>revisi {run.supersedes.revision}</Link>.</p> : null}
        {run.supersededBy.length ? (
          <p className="text-sm text-slate-600">
            Direvisi oleh {run.supersededBy.map((s) => <Link key={s.id} className="text-brand-700 hover:underline" href={`/admin/trk/${s.id}`}>revisi {s.revision}</Link>)}.
          </p>
        ) : null}
      </div>

      {computing ? (
        <div className="space-y-2" data-testid="run-progress">
          <Alert tone="info">
            Sedang dihitung: {formatInteger(run.progressDone)} dari {run.progressTotal ? formatInteger(run.progressTotal) : "…"} pegawai. Halaman ini diperbarui otomatis.
          </Alert>
          <progress className="w-full" max={run.progressTotal || 1} value={run.progressDone} aria-label="Kemajuan perhitungan" />
        </div>
      ) : null}
      {run.error ? <Alert tone="error" testId="run-error">Perhitungan gagal: {run.error}</Alert> : null}

      <RunActions
        runId={run.id}
        status={run.status}
        canFinalise={allowed(user, "run.finalise")}
        canRecompute={allowed(user, "run.compute", { opdId: run.opd?.id ?? null })}
        actions={{ recompute: recomputeRunAction, finalise: finaliseRunAction, revise: reviseRunAction }}
      />

      {run.computedAt ? (
        <>
          <section aria-labelledby="per-opd" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="per-opd" className="text-lg font-semibold">Jumlah per perangkat daerah</h2>
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="agency-totals">
                <thead>
                  <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
                    <th scope="col" className="py-2 pr-3">Perangkat daerah</th>
                    <th scope="col" className="py-2 pr-3 text-right">Pegawai</th>
                    {MONEY.map(([k, label]) => <th key={k} scope="col" className="py-2 pr-3 text-right">{label}</th>)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {agencies.map((a) => (
                    <tr key={a.opdId}>
                      <td className="py-2 pr-3">
                        {agencies.length > 1 ? <Link className="text-brand-700 hover:underline" href={`/admin/trk/${run.id}${query({ opd: a.opdId })}`}>{a.name}</Link> : a.name}
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">{formatInteger(a.lines)}</td>
                      {MONEY.map(([k]) => <td key={k} className="py-2 pr-3 text-right tabular-nums">{formatRupiah(a[k])}</td>)}
                    </tr>
                  ))}
                </tbody>
                {agencies.length > 1 ? (
                  <tfoot>
                    <tr className="border-t border-slate-300 font-semibold">
                      <th scope="row" className="py-2 pr-3 text-left">Jumlah</th>
                      <td className="py-2 pr-3 text-right tabular-nums">{formatInteger(agencies.reduce((s, a) => s + a.lines, 0))}</td>
                      {MONEY.map(([k]) => <td key={k} className="py-2 pr-3 text-right tabular-nums">{formatRupiah(agencies.reduce((s, a) => s + a[k], 0))}</td>)}
                    </tr>
                  </tfoot>
                ) : null}
              </table>
            </div>
          </section>

          <section aria-labelledby="daftar-pegawai" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="daftar-pegawai" className="text-lg font-semibold">
                Daftar pegawai{detail.opdFilter !== null && agencies.length > 1 ? ` — ${agencies.find((a) => a.opdId === detail.opdFilter)?.name ?? ""}` : ""}
              </h2>
              <div className="no-print flex gap-2">
                <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50" href={`/api/trk/runs/${run.id}/export${exportQuery("xlsx")}`}>Unduh Excel</a>
                <a className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-slate-50" href={`/api/trk/runs/${run.id}/export${exportQuery("csv")}`}>Unduh CSV</a>
              </div>
            </div>
            <div className="overflow-x-auto">
              <table className="w-full text-sm" data-testid="run-lines">
                <thead>
                  <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
                    <th scope="col" className="py-2 pr-3">NIP</th>
                    <th scope="col" className="py-2 pr-3">Nama</th>
                    <th scope="col" className="py-2 pr-3">Jabatan</th>
                    <th scope="col" className="py-2 pr-3 text-right">Kelas</th>
                    <th scope="col" className="py-2 pr-3">Gol.</th>
                    <th scope="col" className="py-2 pr-3 text-right">Nilai</th>
                    {MONEY.map(([k, label]) => <th key={k} scope="col" className="py-2 pr-3 text-right">{label}</th>)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {lines.map((l) => (
                    <tr key={l.id} data-testid={`line-${l.nip}`}>
                      <td className="py-2 pr-3 font-mono">
                        <Link className="text-brand-700 hover:underline" href={`/trk${query({ bulan: monthKey(run.year, run.month), pegawai: l.employeeId })}`}>{l.nip}</Link>
                      </td>
                      <td className="py-2 pr-3">{l.name}</td>
                      <td className="py-2 pr-3">{l.position}</td>
                      <td className="py-2 pr-3 text-right">{l.kelasJabatan}</td>
                      <td className="py-2 pr-3">{l.golongan}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">{l.scoreText}</td>
                      {MONEY.map(([k]) => <td key={k} className="py-2 pr-3 text-right tabular-nums" data-col={k}>{formatRupiah(l[k])}</td>)}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t border-slate-300 font-semibold">
                    <th scope="row" colSpan={6} className="py-2 pr-3 text-left">Jumlah ({formatInteger(visibleTotals.reduce((s, a) => s + a.lines, 0))} pegawai)</th>
                    {MONEY.map(([k]) => <td key={k} className="py-2 pr-3 text-right tabular-nums" data-testid={`total-${k}`}>{formatRupiah(sum(k))}</td>)}
                  </tr>
                </tfoot>
              </table>
            </div>
            {detail.pageCount > 1 ? (
              <nav aria-label="Halaman" className="no-print flex items-center gap-3 text-sm">
                {detail.page > 1 ? <Link className="text-brand-700 hover:underline" href={pageLink(detail.page - 1)}>Sebelumnya</Link> : null}
                <span>Halaman {detail.page} dari {detail.pageCount}</span>
                {detail.page < detail.pageCount ? <Link className="text-brand-700 hover:underline" href={pageLink(detail.page + 1)}>Berikutnya</Link> : null}
              </nav>
            ) : null}
          </section>
        </>
      ) : null}
    </div>
  );
}
