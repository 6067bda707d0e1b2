"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import { type FormAction, FormStatus, fieldErrors } from "@/components/admin/form-parts";
import { Button } from "@/components/ui/button";
import { submitWithoutReset } from "@/components/profile/submit-without-reset";
import { REOPEN_REASON_MAX, REOPEN_REASON_MIN } from "@/lib/domain/period-lock";

type MonthRef = { year: number; month: number; label: string };

/**
 * "Kunci Sekarang" for an open month that has begun (after a confirmation), "Buka Kembali" with its
 * required reason for a locked one (DESIGN.md §3, Admin BKD). Both hooks live here, so the answer to
 * the last submit stays on screen after the page re-renders with the other form. `confirmOnLoad`
 * opens the confirmation on arrival (?kunci=<month>: the "Kunci Sekarang" button without JavaScript).
 */
export function MonthLockControls({
  period,
  locked,
  started,
  actions,
  confirmOnLoad = false,
}: {
  period: MonthRef;
  locked: boolean;
  started: boolean;
  actions: { lock: FormAction; reopen: FormAction };
  confirmOnLoad?: boolean;
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
        <LockNowWithConfirmation period={period} name={name} hidden={hidden} lock={lock} locking={locking} lockState={lockState} initiallyOpen={confirmOnLoad} />
      ) : (
        <p className="text-sm text-slate-500">Bulan ini belum dimulai.</p>
      )}
    </div>
  );
}

/**
 * Locking stops everyone's entries for the month, so "Kunci Sekarang" first asks, saying what happens
 * and that the month can be reopened. With JavaScript the question opens in place and takes the
 * focus (Escape or "Batal" closes it and returns the focus); without, the button is a GET to
 * ?kunci=<month>, which renders the page with the question open. A new answer from the server closes it.
 */
function LockNowWithConfirmation({
  period,
  name,
  hidden,
  lock,
  locking,
  lockState,
  initiallyOpen,
}: {
  period: MonthRef;
  name: string;
  hidden: React.ReactNode;
  lock: (data: FormData) => void;
  locking: boolean;
  lockState: ActionState | null;
  initiallyOpen: boolean;
}) {
  // The question belongs to the result it was asked after; a new result closes it.
  const [asked, setAsked] = useState<{ after: ActionState | null; focus: boolean } | null>(initiallyOpen ? { after: lockState, focus: false } : null);
  const open = asked !== null && asked.after === lockState;
  const questionRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const base = `kunci-${period.year}-${period.month}`;
  const listHref = `/admin/periode?tahun=${period.year}`;

  useEffect(() => {
    if (open && asked?.focus) questionRef.current?.focus();
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open, asked]);

  const cancel = () => {
    returnFocus.current = true;
    setAsked(null);
    // Arrived through ?kunci=<month>: drop it, so a reload does not ask again.
    if (new URLSearchParams(window.location.search).has("kunci")) window.history.replaceState(null, "", listHref);
  };

  if (!open) {
    return (
      <form method="get" action="/admin/periode">
        <input type="hidden" name="tahun" value={period.year} />
        <input type="hidden" name="kunci" value={period.month} />
        <Button
          ref={triggerRef}
          type="submit"
          variant="danger"
          disabled={locking}
          aria-label={`Kunci Sekarang ${name}`}
          onClick={(event) => {
            event.preventDefault();
            setAsked({ after: lockState, focus: true });
          }}
        >
          {locking ? "Mengunci…" : "Kunci Sekarang"}
        </Button>
      </form>
    );
  }
  return (
    <div
      ref={questionRef}
      tabIndex={-1}
      role="group"
      aria-labelledby={`${base}-judul`}
      aria-describedby={`${base}-akibat`}
      className="space-y-3 rounded-md border border-red-200 bg-red-50 p-4 text-red-950"
      data-testid={`lock-confirm-${period.month}`}
      onKeyDown={(event) => {
        if (event.key === "Escape") cancel();
      }}
    >
      <p id={`${base}-judul`} className="font-semibold">Kunci bulan {name} sekarang?</p>
      <div id={`${base}-akibat`} className="space-y-1 text-sm">
        <p>
          Penguncian berlaku untuk seluruh pegawai: aktivitas harian, realisasi IKI dan penilaian perilaku bulan {name} tidak dapat lagi
          ditambah, diubah, diajukan, disetujui atau diverifikasi, dan TRK bulan itu dihitung dari data yang tercatat sampai penguncian.
        </p>
        <p>Bulan ini dapat dibuka kembali oleh Admin BKD dengan alasan yang tercatat di log audit.</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <form action={lock}>
          {hidden}
          <Button type="submit" variant="danger" disabled={locking}>
            {locking ? "Mengunci…" : `Ya, Kunci ${name}`}
          </Button>
        </form>
        <a
          href={listHref}
          className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
          onClick={(event) => {
            event.preventDefault();
            cancel();
          }}
        >
          Batal
        </a>
      </div>
    </div>
  );
}
