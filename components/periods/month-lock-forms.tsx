"use client";

import { useActionState } from "react";
import { type FormAction, FormStatus, fieldErrors } from "@/components/admin/form-parts";
import { Button } from "@/components/ui/button";
import { submitWithoutReset } from "@/components/profile/submit-without-reset";
import { REOPEN_REASON_MAX, REOPEN_REASON_MIN } from "@/lib/domain/period-lock";

type MonthRef = { year: number; month: number; label: string };

/**
 * "Kunci Sekarang" for an open month that has begun, "Buka Kembali" with its required reason for a
 * locked one (DESIGN.md §3, Admin BKD). Both hooks live here, so the answer to the last submit stays
 * on screen after the page re-renders with the other form.
 */
export function MonthLockControls({
  period,
  locked,
  started,
  actions,
}: {
  period: MonthRef;
  locked: boolean;
  started: boolean;
  actions: { lock: FormAction; reopen: FormAction };
}) {
  const [lockState, lock, locking] = useActionState(actions.lock, null);
  const [reopenState, reopen, reopening] = useActionState(actions.reopen, null);
  const errors = fieldErrors(reopenState).reason;
  const id = `alasan-${period.year}-${period.month}`;
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  const name = `${period.label} ${period.year}`;
  const hidden = (
    <>
      <input type="hidden" name="year" value={period.year} />
      <input type="hidden" name="month" value={period.month} />
    </>
  );
  return (
    <div className="space-y-2">
      <FormStatus state={lockState} testId={`lock-${period.month}`} />
      <FormStatus state={reopenState} testId={`reopen-${period.month}`} />
      {locked ? (
        <form action={reopen} onSubmit={submitWithoutReset(reopen)} className="space-y-2" noValidate>
          {hidden}
          <div>
            <label htmlFor={id} className="block text-sm font-medium text-slate-700">
              Alasan membuka kembali {name}
            </label>
            <textarea
              id={id}
              name="reason"
              required
              maxLength={REOPEN_REASON_MAX}
              rows={2}
              aria-invalid={errors?.length ? true : undefined}
              aria-describedby={describedBy}
              className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500"
            />
            <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
              Minimal {REOPEN_REASON_MIN} karakter; tercatat di log audit.
            </p>
            {errors?.length ? (
              <ul id={`${id}-error`} className="mt-1 text-sm text-red-700">
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <Button type="submit" variant="secondary" disabled={reopening} aria-label={`Buka Kembali ${name}`}>
            {reopening ? "Membuka…" : "Buka Kembali"}
          </Button>
        </form>
      ) : started ? (
        <form action={lock}>
          {hidden}
          <Button type="submit" variant="danger" disabled={locking} aria-label={`Kunci Sekarang ${name}`}>
            {locking ? "Mengunci…" : "Kunci Sekarang"}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-slate-500">Bulan ini belum dimulai.</p>
      )}
    </div>
  );
}
