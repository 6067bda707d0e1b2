"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { POSITION_KIND_LABEL, POSITION_KINDS } from "@/lib/domain/admin/org-input";
import { fieldErrors, type FormAction, FormStatus, SelectField, useKeptValues } from "./form-parts";

const KIND_OPTIONS = POSITION_KINDS.map((k) => ({ id: k, label: POSITION_KIND_LABEL[k] }));

function PositionFields({ prefix, values, errors, fresh = false }: { prefix: string; values: Record<string, string>; errors: Record<string, string[]>; fresh?: boolean }) {
  const suffix = fresh ? " baru" : "";
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <Field id={`${prefix}-name`} name="name" label={`Nama jabatan${suffix}`} required defaultValue={values.name} errors={errors.name} />
      <Field id={`${prefix}-kelas`} name="kelasJabatan" label={`Kelas jabatan${suffix}`} inputMode="numeric" required defaultValue={values.kelasJabatan} errors={errors.kelasJabatan} hint="Bilangan bulat 1–17." />
      <SelectField id={`${prefix}-kind`} name="kind" label={`Jenis jabatan${suffix}`} options={KIND_OPTIONS} defaultValue={values.kind} errors={errors.kind} />
    </div>
  );
}

export function CreatePositionForm({ action, opdId }: { action: FormAction; opdId: number }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { values, onSubmit, formKey } = useKeptValues({ name: "", kelasJabatan: "", kind: "FUNGSIONAL" }, state, { clearOnSuccess: true });
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormStatus state={state} testId="create-position" />
      <input type="hidden" name="opdId" value={opdId} />
      <PositionFields prefix="new-position" values={values} errors={fieldErrors(state)} fresh />
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Tambah Jabatan"}</Button>
    </form>
  );
}

export function PositionEditor({
  position,
  actions,
}: {
  position: { id: number; name: string; kelasJabatan: number; kind: string; active: boolean; employees: number };
  actions: { update: FormAction; deactivate: FormAction };
}) {
  const [state, update, pending] = useActionState(actions.update, null);
  const [deactivateState, deactivate, deactivating] = useActionState(actions.deactivate, null);
  const { values, onSubmit, formKey } = useKeptValues({ name: position.name, kelasJabatan: String(position.kelasJabatan), kind: position.kind }, state);
  const p = `position-${position.id}`;
  return (
    <div className="space-y-4 pt-3">
      <form key={formKey} action={update} onSubmit={onSubmit} className="space-y-2" noValidate>
        <FormStatus state={state} testId={`${p}-update`} />
        <input type="hidden" name="positionId" value={position.id} />
        <PositionFields prefix={p} values={values} errors={fieldErrors(state)} />
        <Button type="submit" variant="secondary" disabled={pending}>Simpan Jabatan</Button>
      </form>
      {position.active ? (
        <form action={deactivate} className="space-y-2">
          <FormStatus state={deactivateState} testId={`${p}-deactivate`} />
          <input type="hidden" name="positionId" value={position.id} />
          {position.employees === 0 ? (
            <Button type="submit" variant="danger" disabled={deactivating}>Nonaktifkan Jabatan</Button>
          ) : (
            <p className="text-sm text-slate-600">Jabatan yang masih dipegang pegawai tidak dapat dinonaktifkan.</p>
          )}
        </form>
      ) : null}
    </div>
  );
}
