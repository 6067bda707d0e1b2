import type { Metadata } from "next";
import Link from "next/link";
import { BarChartTable } from "@/components/charts/bar-chart-table";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/server/auth/current-user";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { listOwnMonth } from "@/lib/server/iki/queries";
import { chooseMonth, parseMonthKey, selectableMonths } from "@/lib/domain/iki/months";
import { isRealisationEditable } from "@/lib/domain/iki/status";
import { formatDecimalId } from "@/lib/domain/iki/value";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { POLARITY_LABELS, RHK_KIND_LABELS } from "@/lib/domain/skp/document";
import { formatDateTimeWib } from "@/lib/format-date";
import { MonthPicker } from "@/components/iki/month-picker";
import { RealisationForm } from "@/components/iki/realisation-form";
import { RealisationStatusBadge } from "@/components/iki/realisation-status-badge";
import { Alert } from "@/components/ui/alert";
import { saveRealisationAction } from "./actions";

export const metadata: Metadata = { title: "Realisasi IKI" };

/** The actor's IKI with a target in the chosen month (default the current WIB month): realisation, state and capaian. */
export default async function IkiRealisationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const now = new Date();
  const today = jakartaDate(now);
  const current = { year: today.year, month: today.month };
  const selected = chooseMonth(parseMonthKey(typeof params.bulan === "string" ? params.bulan : null), current);
  const options = selectableMonths(current);
  if (!options.some((o) => o.year === selected.year && o.month === selected.month)) options.push({ ...selected, label: `${monthLabel(selected.month)} ${selected.year}` });
  const [data, reviewer] = await Promise.all([listOwnMonth(user, { ...selected, now }), isReviewer(user)]);
  const period = `${monthLabel(selected.month)} ${selected.year}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Realisasi IKI</h1>
          <p className="text-slate-600" data-testid="iki-period">{period}</p>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <MonthPicker action="/iki" selected={selected} options={options} />
          {reviewer ? (
            <Link href="/iki/verifikasi" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-brand-700">Verifikasi Realisasi Bawahan</Link>
          ) : null}
        </div>
      </div>

      {data.locked ? <Alert tone="warning" testId="iki-locked">Bulan {period} sudah dikunci; realisasinya hanya dapat dibaca.</Alert> : null}

      {!data.hasSkpInForce ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="iki-no-skp">
          Belum ada SKP yang disetujui untuk tahun {selected.year}. Realisasi IKI diisi setelah SKP Anda disetujui. <Link href={`/skp?tahun=${selected.year}`} className="text-brand-700 underline">Buka SKP</Link>
        </p>
      ) : data.items.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="iki-empty">Tidak ada IKI dengan target pada bulan {period}.</p>
      ) : (
        <>
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <BarChartTable
            title={`Target dan realisasi IKI, ${period}`}
            series={[{ key: "target", label: "Target", color: "#94a3b8" }, { key: "realisasi", label: "Realisasi", color: "#0b7a4b" }]}
            data={data.items.map((item, i) => ({ label: `IKI ${i + 1}`, target: Number(item.target), realisasi: item.realisation ? Number(item.realisation.value) : null }))}
          />
        </section>
        <ol className="space-y-4">
          {data.items.map((item) => {
            const r = item.realisation;
            const editable = !data.locked && (!r || isRealisationEditable(r.status));
            return (
              <li key={item.ikiId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="iki-item">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-xs text-slate-500">RHK {RHK_KIND_LABELS[item.rhk.kind]}: {item.rhk.description}</p>
                    <h2 className="font-semibold">{item.description}</h2>
                  </div>
                  <RealisationStatusBadge status={r?.status ?? null} />
                </div>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                  <div><dt className="text-slate-500">Target</dt><dd className="font-medium" data-testid="iki-target">{formatDecimalId(item.target)} {item.unit}</dd></div>
                  <div><dt className="text-slate-500">Realisasi</dt><dd className="font-medium" data-testid="iki-value">{r ? `${formatDecimalId(r.value)} ${item.unit}` : "—"}</dd></div>
                  <div><dt className="text-slate-500">Capaian</dt><dd className="font-medium" data-testid="iki-capaian">{item.capaian ? `${item.capaian.percentText}%` : "—"}</dd></div>
                  <div><dt className="text-slate-500">Capaian dihitung (maks. 100%)</dt><dd className="font-medium" data-testid="iki-capaian-capped">{item.capaian ? `${item.capaian.cappedText}%` : "—"}</dd></div>
                </dl>
                <p className="mt-1 text-xs text-slate-500">{POLARITY_LABELS[item.polarity]}{item.evidenceExpected ? ` · Bukti yang diharapkan: ${item.evidenceExpected}` : ""}</p>
                {r?.status === "DIKEMBALIKAN" && r.reviewNote ? (
                  <p className="mt-2 rounded bg-red-50 p-2 text-sm text-red-900" data-testid="iki-return-note">Dikembalikan{r.returnedAt ? ` (${formatDateTimeWib(r.returnedAt)})` : ""}: {r.reviewNote}</p>
                ) : null}
                {r?.status === "TERVERIFIKASI" ? (
                  <p className="mt-2 text-sm text-green-800">Diverifikasi{r.verifiedAt ? ` ${formatDateTimeWib(r.verifiedAt)}` : ""}{r.reviewNote ? `: ${r.reviewNote}` : "."}</p>
                ) : null}
                {r?.status === "DIAJUKAN" ? <p className="mt-2 text-sm text-sky-900">Menunggu verifikasi atasan{r.submittedAt ? ` sejak ${formatDateTimeWib(r.submittedAt)}` : ""}.</p> : null}
                {editable ? (
                  <RealisationForm
                    ikiId={item.ikiId}
                    year={selected.year}
                    month={selected.month}
                    unit={item.unit}
                    initial={{ value: r ? formatDecimalId(r.value).replace(/\./g, "") : "", note: r?.note ?? "" }}
                    initialEvidence={(r?.evidence ?? []).map((f) => ({ id: f.id, name: f.originalName, sizeBytes: f.sizeBytes }))}
                    maxEvidenceBytes={env().EVIDENCE_MAX_BYTES}
                    uploadMaxBytes={env().EVIDENCE_UPLOAD_MAX_BYTES}
                    action={saveRealisationAction}
                  />
                ) : (
                  <>
                    {r?.note ? <p className="mt-2 whitespace-pre-line text-sm">Catatan: {r.note}</p> : null}
                    {r && r.evidence.length > 0 ? (
                      <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Bukti dukung">
                        {r.evidence.map((f) => (
                          <li key={f.id}><a href={`/api/bukti/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{f.originalName}</a></li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                )}
              </li>
            );
          })}
        </ol>
        </>
      )}
    </div>
  );
}
