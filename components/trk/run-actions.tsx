"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { type FormAction, FormStatus, fieldErrors } from "@/components/admin/form-parts";
import { submitWithoutReset } from "@/components/profile/submit-without-reset";
import { Button } from "@/components/ui/button";

/** Hitung ulang / Finalkan for a DRAFT; Revisi with its reason for a FINAL run (Admin BKD). */
export function RunActions({
  runId,
  status,
  canFinalise,
  canRecompute,
  actions,
}: {
  runId: number;
  status: "DRAFT" | "FINAL";
  canFinalise: boolean;
  canRecompute: boolean;
  actions: { recompute: FormAction; finalise: FormAction; revise: FormAction };
}) {
  const [recomputeState, recompute, recomputing] = useActionState(actions.recompute, null);
  const [finaliseState, finalise, finalising] = useActionState(actions.finalise, null);
  const [reviseState, revise, revising] = useActionState(actions.revise, null);
  const reasonErrors = fieldErrors(reviseState).reason;
  const hidden = <input type="hidden" name="runId" value={runId} />;
  return (
    <div className="no-print space-y-3">
      <FormStatus state={recomputeState} testId="recompute" />
      <FormStatus state={finaliseState} testId="finalise" />
      <FormStatus state={reviseState} testId="revise" />
      {status === "DRAFT" ? (
        <div className="flex flex-wrap gap-3">
          {canRecompute ? (
            <form action={recompute}>
              {hidden}
              <Button type="submit" variant="secondary" disabled={recomputing}>{recomputing ? "Menghitung…" : "Hitung Ulang"}</Button>
            </form>
          ) : null}
          {canFinalise ? (
            <form action={finalise}>
              {hidden}
              <Button type="submit" variant="danger" disabled={finalising}>{finalising ? "Memfinalkan…" : "Finalkan"}</Button>
            </form>
          ) : null}
        </div>
      ) : canFinalise ? (
        <form action={revise} onSubmit={submitWithoutReset(revise)} className="space-y-2" noValidate>
          {hidden}
          <label htmlFor="alasan-revisi" className="block text-sm font-medium text-slate-700">Alasan revisi</label>
          <textarea
            id="alasan-revisi"
            name="reason"
            rows={2}
            maxLength={500}
            aria-invalid={reasonErrors?.length ? true : undefined}
            aria-describedby="alasan-revisi-hint"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
          />
          <p id="alasan-revisi-hint" className="text-xs text-slate-500">Minimal 10 karakter; tercatat di log audit. TRK final ini tetap tersimpan, revisi baru dibuat sebagai draf.</p>
          {reasonErrors?.length ? <p className="text-sm text-red-700">{reasonErrors.join(" ")}</p> : null}
          <Button type="submit" variant="secondary" disabled={revising}>{revising ? "Membuat revisi…" : "Revisi"}</Button>
        </form>
      ) : null}
    </div>
  );
}

/** While a run is computed by the worker, refresh the page every few seconds to show its progress. */
export function AutoRefresh({ active, intervalMs = 3000 }: { active: boolean; intervalMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs, router]);
  return null;
}
