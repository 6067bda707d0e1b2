import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { getRatingForm, type RatingForm as RatingFormData } from "@/lib/server/ratings/queries";
import { BERAKHLAK_VALUES, LEVEL_LABELS } from "@/lib/domain/ratings/berakhlak";
import { periodLabel } from "@/lib/domain/period-lock";
import { formatDateTimeWib } from "@/lib/format-date";
import { Alert } from "@/components/ui/alert";
import { RatingForm } from "@/components/ratings/rating-form";
import { submitRatingAction } from "../actions";

export const metadata: Metadata = { title: "Beri Penilaian Perilaku" };

const ROLE_TEXT = {
  ATASAN: "Anda menilai bawahan langsung Anda.",
  BAWAHAN: "Anda menilai atasan langsung Anda.",
  REKAN: "Anda menilai rekan kerja dengan atasan yang sama.",
} as const;

/** The rating form of one of the actor's own assignments; anyone else's is 404 (the rater is in the query). */
export default async function RatingFormPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const user = await requireUser();
  const id = Number((await params).assignmentId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  let form: RatingFormData;
  try {
    form = await getRatingForm(db, user, { assignmentId: id, now: new Date() });
  } catch (error) {
    if (isAppError(error)) notFound();
    throw error;
  }
  const label = periodLabel(form.year, form.month);
  const back = `/penilaian?bulan=${form.year}-${String(form.month).padStart(2, "0")}`;
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <p className="text-sm"><Link href={back} className="text-brand-700 underline">← Penilaian Perilaku</Link></p>
      <div>
        <h1 className="text-2xl font-semibold">Penilaian Perilaku · {form.ratee.displayName}</h1>
        <p className="text-sm text-slate-600">
          {form.ratee.positionName}, {form.ratee.unitName} · {label} · {ROLE_TEXT[form.role]}
        </p>
      </div>
      {form.window.open ? (
        <>
          <p className="text-sm text-slate-700">
            Pilih satu tingkat 1–5 untuk setiap nilai dasar BerAKHLAK sesuai perilaku yang Anda amati selama bulan ini. Penilaian dapat diubah sampai bulan dikunci
            pada {formatDateTimeWib(form.window.lockAt)}.
          </p>
          <RatingForm assignmentId={form.assignmentId} initial={form.values} initialComment={form.comment} action={submitRatingAction} />
        </>
      ) : (
        <>
          <Alert tone={form.window.state === "LOCKED" ? "warning" : "info"} testId="rating-window">
            {form.window.state === "LOCKED"
              ? `Bulan ${label} sudah dikunci; penilaian tidak dapat diberikan atau diubah lagi.`
              : `Penilaian bulan ${label} baru dibuka pada ${formatDateTimeWib(form.window.opensAt)}.`}
          </Alert>
          {form.values ? (
            <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
              {BERAKHLAK_VALUES.map((v) => (
                <div key={v.key} className="flex justify-between gap-3">
                  <dt>{v.name}</dt>
                  <dd className="font-semibold">{form.values![v.key]} · {LEVEL_LABELS[form.values![v.key] as 1 | 2 | 3 | 4 | 5]}</dd>
                </div>
              ))}
              {form.comment ? <div className="sm:col-span-2"><dt className="text-slate-600">Komentar</dt><dd className="whitespace-pre-line">{form.comment}</dd></div> : null}
            </dl>
          ) : null}
        </>
      )}
    </div>
  );
}
