"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldErrors, type FormAction, FormStatus } from "./form-parts";

export type CandidateView = { id: number; nip: string; displayName: string; position: string; unit: string; opd: string };

/**
 * Picks the direct supervisor among the candidates found by the search above it, or removes the
 * supervisor (head of agency). The server checks scope and refuses a loop in the chain.
 */
export function SupervisorForm({
  action,
  employeeId,
  candidates,
  hasSupervisor,
  showAgency,
}: {
  action: FormAction;
  employeeId: number;
  candidates: CandidateView[];
  hasSupervisor: boolean;
  showAgency: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = fieldErrors(state);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} testId="supervisor-form" />
      <input type="hidden" name="employeeId" value={employeeId} />
      <fieldset aria-describedby={errors.supervisorId ? "supervisorId-error" : undefined}>
        <legend className="text-sm font-medium text-slate-700">Pilih atasan langsung</legend>
        <ul className="mt-2 space-y-2">
          {candidates.map((c) => (
            <li key={c.id}>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 bg-white p-3 hover:border-brand-600">
                <input type="radio" name="supervisorId" value={c.id} className="mt-1" required />
                <span className="text-sm">
                  <span className="block font-semibold">{c.displayName}</span>
                  <span className="block text-slate-600">
                    NIP {c.nip} · {c.position} · {c.unit}
                    {showAgency ? ` · ${c.opd}` : ""}
                  </span>
                </span>
              </label>
            </li>
          ))}
          {hasSupervisor ? (
            <li>
              <label className="flex cursor-pointer items-start gap-3 rounded-md border border-dashed border-slate-300 bg-white p-3 hover:border-brand-600">
                <input type="radio" name="supervisorId" value="none" className="mt-1" required />
                <span className="text-sm">
                  <span className="block font-semibold">Tanpa atasan langsung</span>
                  <span className="block text-slate-600">Untuk kepala perangkat daerah; SKP-nya disetujui Admin BKD.</span>
                </span>
              </label>
            </li>
          ) : null}
        </ul>
        {errors.supervisorId ? (
          <ul id="supervisorId-error" className="mt-1 text-sm text-red-700">
            {errors.supervisorId.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan Atasan"}
      </Button>
    </form>
  );
}
