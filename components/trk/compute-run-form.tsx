"use client";

import { useActionState } from "react";
import { type FormAction, FormStatus, SelectField, fieldErrors, useKeptValues } from "@/components/admin/form-parts";
import { Button } from "@/components/ui/button";

/** "Hitung": month and agency (or all agencies, Admin BKD) of a new or recomputed DRAFT run. */
export function ComputeRunForm({ action, agencies, allowAll, defaultMonth }: { action: FormAction; agencies: { id: number; label: string }[]; allowAll: boolean; defaultMonth: string }) {
  const [state, dispatch, pending] = useActionState(action, null);
  const errors = fieldErrors(state);
  const kept = useKeptValues({ month: defaultMonth, opd: agencies.length === 1 && !allowAll ? String(agencies[0]!.id) : "" }, state);
  const options = [...(allowAll ? [{ id: "semua", label: "Seluruh perangkat daerah" }] : []), ...agencies];
  return (
    <form key={kept.formKey} action={dispatch} onSubmit={kept.onSubmit} className="space-y-3" noValidate>
      <FormStatus state={state} testId="compute" />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="hitung-bulan" className="block text-sm font-medium text-slate-700">Bulan kinerja</label>
          <input
            id="hitung-bulan"
            name="month"
            type="month"
            required
            defaultValue={kept.values.month}
            aria-invalid={errors.month?.length ? true : undefined}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm"
          />
          {errors.month?.length ? <p className="mt-1 text-sm text-red-700">{errors.month.join(" ")}</p> : null}
        </div>
        <SelectField id="hitung-opd" name="opd" label="Perangkat daerah" options={options} placeholder="— pilih —" defaultValue={kept.values.opd} errors={errors.opd} className="min-w-72" />
        <Button type="submit" disabled={pending}>{pending ? "Menghitung…" : "Hitung"}</Button>
      </div>
      <p className="text-xs text-slate-500">
        TRK bulan M dihitung setelah bulan itu dikunci. Menghitung lagi memperbarui draf yang ada; TRK yang sudah final hanya dapat direvisi.
      </p>
    </form>
  );
}
