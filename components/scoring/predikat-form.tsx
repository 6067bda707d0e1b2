"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { EXPECTATIONS, EXPECTATION_LABELS, type Expectation } from "@/lib/domain/scoring/predikat";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm";

/** The supervisor's ratings for one period, pre-filled with the decision or the system's proposal. */
export function PredikatForm(props: {
  employeeId: number;
  year: number;
  period: string;
  proposal: { hasil: Expectation | null; perilaku: Expectation | null };
  current: { hasil: Expectation; perilaku: Expectation; note: string | null } | null;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const id = (name: string) => `${props.period}-${name}`;
  const proposed = (e: Expectation | null) => (e ? ` (usulan sistem: ${EXPECTATION_LABELS[e]})` : " (belum ada usulan sistem)");
  return (
    <form action={formAction} className="mt-3 space-y-3" data-testid={`predikat-form-${props.period}`}>
      <input type="hidden" name="employeeId" value={props.employeeId} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="period" value={props.period} />
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={id("hasil")} className="block text-sm font-medium text-slate-700">Hasil kerja</label>
          <select id={id("hasil")} name="hasil" defaultValue={props.current?.hasil ?? props.proposal.hasil ?? "SESUAI"} className={selectClass} aria-describedby={id("hasil-hint")}>
            {EXPECTATIONS.map((e) => <option key={e} value={e}>{EXPECTATION_LABELS[e]}</option>)}
          </select>
          <p id={id("hasil-hint")} className="mt-1 text-xs text-slate-500">{proposed(props.proposal.hasil)}</p>
        </div>
        <div>
          <label htmlFor={id("perilaku")} className="block text-sm font-medium text-slate-700">Perilaku</label>
          <select id={id("perilaku")} name="perilaku" defaultValue={props.current?.perilaku ?? props.proposal.perilaku ?? "SESUAI"} className={selectClass} aria-describedby={id("perilaku-hint")}>
            {EXPECTATIONS.map((e) => <option key={e} value={e}>{EXPECTATION_LABELS[e]}</option>)}
          </select>
          <p id={id("perilaku-hint")} className="mt-1 text-xs text-slate-500">{proposed(props.proposal.perilaku)}</p>
        </div>
      </div>
      <div>
        <label htmlFor={id("note")} className="block text-sm font-medium text-slate-700">Catatan (opsional)</label>
        <textarea id={id("note")} name="note" rows={2} defaultValue={props.current?.note ?? ""} className={selectClass} />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Tetapkan Predikat"}</Button>
    </form>
  );
}
