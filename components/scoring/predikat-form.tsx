"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { EXPECTATIONS, EXPECTATION_LABELS, type Expectation } from "@/lib/domain/scoring/predikat";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-[invalid=true]:border-red-500";

/**
 * The supervisor's ratings for one period, pre-filled with the decision or the system's proposal.
 * Without a proposal (no basis, or no rating received) nothing is pre-chosen: the supervisor picks.
 */
export function PredikatForm(props: {
  employeeId: number;
  year: number;
  period: string;
  proposal: { hasil: Expectation | null; perilaku: Expectation | null; basis: boolean };
  current: { hasil: Expectation; perilaku: Expectation; note: string | null } | null;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(props.action, null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const id = (name: string) => `${props.period}-${name}`;
  const proposed = (e: Expectation | null) =>
    e ? `Usulan sistem: ${EXPECTATION_LABELS[e]}.` : props.proposal.basis ? "Belum ada usulan sistem." : "Tidak ada usulan sistem: belum ada dasar penilaian.";
  const select = (name: "hasil" | "perilaku", label: string) => {
    const chosen = props.current?.[name] ?? props.proposal[name] ?? "";
    const fieldErrors = errors[name];
    return (
      <div>
        <label htmlFor={id(name)} className="block text-sm font-medium text-slate-700">{label}</label>
        <select
          id={id(name)}
          name={name}
          defaultValue={chosen}
          className={selectClass}
          aria-invalid={fieldErrors?.length ? true : undefined}
          aria-describedby={[id(`${name}-hint`), fieldErrors?.length ? id(`${name}-error`) : null].filter(Boolean).join(" ")}
        >
          {chosen === "" ? <option value="">— Pilih —</option> : null}
          {EXPECTATIONS.map((e) => <option key={e} value={e}>{EXPECTATION_LABELS[e]}</option>)}
        </select>
        <p id={id(`${name}-hint`)} className="mt-1 text-xs text-slate-500" data-testid={id(`${name}-hint`)}>{proposed(props.proposal[name])}</p>
        {fieldErrors?.length ? <p id={id(`${name}-error`)} className="mt-1 text-sm text-red-700">{fieldErrors.join(" ")}</p> : null}
      </div>
    );
  };
  return (
    <form action={formAction} className="mt-3 space-y-3" data-testid={`predikat-form-${props.period}`}>
      <input type="hidden" name="employeeId" value={props.employeeId} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="period" value={props.period} />
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok ? <Alert tone="success">{state.message}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {select("hasil", "Hasil kerja")}
        {select("perilaku", "Perilaku")}
      </div>
      <div>
        <label htmlFor={id("note")} className="block text-sm font-medium text-slate-700">Catatan (opsional)</label>
        <textarea id={id("note")} name="note" rows={2} defaultValue={props.current?.note ?? ""} className={selectClass} />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Tetapkan Predikat"}</Button>
    </form>
  );
}
