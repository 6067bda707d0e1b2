import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { countRealisationQueue, listRealisationQueue } from "@/lib/server/iki/queries";
import { isReviewer } from "@/lib/server/employees/reviewer";
import { chooseMonth, monthKey, parseMonthKey, selectableMonths } from "@/lib/domain/iki/months";
import { formatDecimalId } from "@/lib/domain/iki/value";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { POLARITY_LABELS } from "@/lib/domain/skp/document";
import { formatDateTimeWib } from "@/lib/format-date";
import { MonthPicker } from "@/components/iki/month-picker";
import { BulkReviewForm, RealisationReviewForm } from "@/components/iki/review-forms";
import { Alert } from "@/components/ui/alert";
import { NoSubordinates } from "@/components/layout/no-subordinates";
import { reviewRealisationsAction } from "./actions";

export const metadata: Metadata = { title: "Verifikasi Realisasi IKI" };

const BULK_FORM = "verifikasi-massal";

/** Submitted realisations of the actor's current direct subordinates (heads of agency for Admin BKD), by person. */
export default async function RealisationQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!(await isReviewer(user))) {
    return (
      <div className="space-y-5">
        <p className="text-sm"><Link href="/iki" className="text-brand-700 underline">← Realisasi IKI saya</Link></p>
        <h1 className="text-2xl font-semibold">Verifikasi Realisasi IKI</h1>
        <NoSubordinates what="realisasi IKI yang perlu Anda verifikasi" />
      </div>
    );
  }
  const params = await searchParams;
  const today = jakartaDate(new Date());
  const current = { year: today.year, month: today.month };
  const selected = chooseMonth(parseMonthKey(typeof params.bulan === "string" ? params.bulan : null), current);
  const [groups, pending] = await Promise.all([listRealisationQueue(user, selected), countRealisationQueue(user)]);
  const options = selectableMonths(current).map((m) => {
    const count = pending.find((p) => p.year === m.year && p.month === m.month)?.count;
    return { ...m, extra: count ? `(${count} menunggu)` : undefined };
  });
  if (!options.some((o) => o.year === selected.year && o.month === selected.month)) options.push({ ...selected, label: `${monthLabel(selected.month)} ${selected.year}`, extra: undefined });
  const elsewhere = pending.filter((p) => !(p.year === selected.year && p.month === selected.month));
  const period = `${monthLabel(selected.month)} ${selected.year}`;
  const done = typeof params.selesai === "string" ? params.selesai : null;
  const count = typeof params.jumlah === "string" ? Number(params.jumlah) : 0;
  const key = monthKey(selected);

  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/iki" className="text-brand-700 underline">← Realisasi IKI saya</Link></p>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Verifikasi Realisasi IKI</h1>
          <p className="text-slate-600">{period}</p>
        </div>
        <MonthPicker action="/iki/verifikasi" selected={selected} options={options} />
      </div>
      {done === "diverifikasi" ? <Alert tone="success" testId="review-done">{count > 1 ? `${count} realisasi` : "Realisasi"} diverifikasi.</Alert> : null}
      {done === "dikembalikan" ? <Alert tone="success" testId="review-done">{count > 1 ? `${count} realisasi` : "Realisasi"} dikembalikan kepada pegawai dengan catatan Anda.</Alert> : null}
      {elsewhere.length > 0 ? (
        <p className="text-sm text-slate-700">
          Juga menunggu verifikasi:{" "}
          {elsewhere.map((p, i) => (
            <span key={`${p.year}-${p.month}`}>
              {i > 0 ? ", " : ""}
              <Link href={`/iki/verifikasi?bulan=${monthKey(p)}`} className="text-brand-700 underline">{monthLabel(p.month)} {p.year} ({p.count})</Link>
            </span>
          ))}
        </p>
      ) : null}

      {groups.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="realisation-queue-empty">Tidak ada realisasi IKI bulan {period} yang menunggu verifikasi Anda.</p>
      ) : (
        <>
          {groups.map((g) => (
            <section key={g.owner.id} className="space-y-3" aria-labelledby={`pegawai-${g.owner.id}`} data-testid="realisation-group">
              <h2 id={`pegawai-${g.owner.id}`} className="text-lg font-semibold">
                {g.owner.name}
                <span className="block text-xs font-normal text-slate-500">NIP {g.owner.nip} · {g.owner.positionName}{g.owner.isHeadOfAgency ? " · Kepala Perangkat Daerah" : ""}</span>
              </h2>
              <ol className="space-y-3">
                {g.realisations.map((r) => (
                  <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="queue-item">
                    <div className="flex items-start gap-3">
                      <input id={`pilih-${r.id}`} type="checkbox" name="ids" value={r.id} form={BULK_FORM} className="mt-1 h-5 w-5 shrink-0" />
                      <div className="min-w-0">
                        <label htmlFor={`pilih-${r.id}`} className="font-semibold">{r.ikiDescription}</label>
                        <p className="text-xs text-slate-500">RHK: {r.rhkDescription}</p>
                      </div>
                    </div>
                    <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                      <div><dt className="text-slate-500">Target</dt><dd className="font-medium">{r.target != null ? `${formatDecimalId(r.target)} ${r.unit}` : "—"}</dd></div>
                      <div><dt className="text-slate-500">Realisasi</dt><dd className="font-medium">{formatDecimalId(r.value)} {r.unit}</dd></div>
                      <div><dt className="text-slate-500">Capaian</dt><dd className="font-medium">{r.capaian ? `${r.capaian.percentText}%` : "—"}</dd></div>
                      <div><dt className="text-slate-500">Dihitung (maks. 100%)</dt><dd className="font-medium">{r.capaian ? `${r.capaian.cappedText}%` : "—"}</dd></div>
                    </dl>
                    <p className="mt-1 text-xs text-slate-500">{POLARITY_LABELS[r.polarity]}{r.submittedAt ? ` · diajukan ${formatDateTimeWib(r.submittedAt)}` : ""}</p>
                    {r.note ? <p className="mt-2 whitespace-pre-line text-sm">Catatan pegawai: {r.note}</p> : null}
                    {r.evidence.length > 0 ? (
                      <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Bukti dukung">
                        {r.evidence.map((f) => (
                          <li key={f.id}><a href={`/api/bukti/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{f.originalName}</a></li>
                        ))}
                      </ul>
                    ) : <p className="mt-2 text-sm text-slate-500">Tanpa bukti dukung.</p>}
                    <RealisationReviewForm id={r.id} month={key} label={r.ikiDescription} action={reviewRealisationsAction} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <BulkReviewForm formId={BULK_FORM} month={key} action={reviewRealisationsAction} />
        </>
      )}
    </div>
  );
}
