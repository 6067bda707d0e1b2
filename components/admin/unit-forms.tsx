"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { fieldErrors, type FormAction, FormStatus, type Option, SelectField, useKeptValues } from "./form-parts";

export function CreateUnitForm({ action, opdId, parents }: { action: FormAction; opdId: number; parents: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { values, onSubmit, formKey } = useKeptValues({ parentId: "", name: "", code: "" }, state, { clearOnSuccess: true });
  const errors = fieldErrors(state);
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormStatus state={state} testId="create-unit" />
      <input type="hidden" name="opdId" value={opdId} />
      <div className="grid gap-3 sm:grid-cols-3">
        {parents.length > 0 ? (
          <SelectField id="new-unit-parent" name="parentId" label="Unit induk" options={parents} placeholder="— Pilih unit induk —" defaultValue={values.parentId} errors={errors.parentId} />
        ) : (
          <p className="text-sm text-slate-600 sm:col-span-1">Unit pertama menjadi unit teratas perangkat daerah ini.</p>
        )}
        <Field id="new-unit-name" name="name" label="Nama unit baru" required defaultValue={values.name} errors={errors.name} />
        <Field id="new-unit-code" name="code" label="Kode unit baru (opsional)" defaultValue={values.code} errors={errors.code} hint="Seperti di SIAp, misalnya 03.01." />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Tambah Unit"}</Button>
    </form>
  );
}

/** Rename, move and deactivate one unit; shown inside the unit's "Ubah" disclosure. */
export function UnitEditor({
  unit,
  parents,
  canDeactivate,
  actions,
}: {
  unit: { id: number; name: string; code: string | null; parentId: number | null; active: boolean };
  /** Where the unit may move: active units of the agency outside its own subtree. */
  parents: Option[];
  canDeactivate: boolean;
  actions: { rename: FormAction; move: FormAction; deactivate: FormAction };
}) {
  const [renameState, rename, renaming] = useActionState(actions.rename, null);
  const [moveState, move, moving] = useActionState(actions.move, null);
  const [deactivateState, deactivate, deactivating] = useActionState(actions.deactivate, null);
  const kept = useKeptValues({ name: unit.name, code: unit.code ?? "" }, renameState);
  const renameErrors = fieldErrors(renameState);
  const moveErrors = fieldErrors(moveState);
  const p = `unit-${unit.id}`;
  return (
    <div className="space-y-4 pt-3">
      <form key={kept.formKey} action={rename} onSubmit={kept.onSubmit} className="space-y-2" noValidate>
        <FormStatus state={renameState} testId={`${p}-rename`} />
        <input type="hidden" name="unitId" value={unit.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${p}-name`} name="name" label="Nama unit kerja" defaultValue={kept.values.name} errors={renameErrors.name} />
          <Field id={`${p}-code`} name="code" label="Kode unit" defaultValue={kept.values.code} errors={renameErrors.code} />
        </div>
        <Button type="submit" variant="secondary" disabled={renaming}>Simpan Nama</Button>
      </form>
      {unit.parentId !== null && unit.active ? (
        <form action={move} className="space-y-2">
          <FormStatus state={moveState} testId={`${p}-move`} />
          <input type="hidden" name="unitId" value={unit.id} />
          <SelectField id={`${p}-parent`} name="parentId" label="Pindahkan ke bawah unit" options={parents} defaultValue={String(unit.parentId)} errors={moveErrors.parentId} />
          <Button type="submit" variant="secondary" disabled={moving}>Pindahkan</Button>
        </form>
      ) : null}
      {unit.active ? (
        <form action={deactivate} className="space-y-2">
          <FormStatus state={deactivateState} testId={`${p}-deactivate`} />
          <input type="hidden" name="unitId" value={unit.id} />
          {canDeactivate ? (
            <Button type="submit" variant="danger" disabled={deactivating}>Nonaktifkan Unit</Button>
          ) : (
            <p className="text-sm text-slate-600">Unit yang masih memiliki pegawai atau sub-unit aktif tidak dapat dinonaktifkan.</p>
          )}
        </form>
      ) : null}
    </div>
  );
}
