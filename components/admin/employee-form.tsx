"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { fieldErrors, type FormAction, FormStatus, type Option, SelectField, useKeptValues } from "./form-parts";

export type EmployeeFormValues = {
  nip: string;
  name: string;
  frontTitle: string;
  backTitle: string;
  status: string;
  golongan: string;
  unitId: string;
  positionId: string;
  startDate: string;
  positionStartDate: string;
  email: string;
  phone: string;
};

export const EMPTY_EMPLOYEE: EmployeeFormValues = {
  nip: "",
  name: "",
  frontTitle: "",
  backTitle: "",
  status: "PNS",
  golongan: "",
  unitId: "",
  positionId: "",
  startDate: "",
  positionStartDate: "",
  email: "",
  phone: "",
};

const STATUS_OPTIONS: Option[] = [
  { id: "PNS", label: "PNS" },
  { id: "CPNS", label: "CPNS" },
  { id: "PPPK", label: "PPPK" },
];

/** Create and edit form of an employee's personnel data. */
export function EmployeeForm({
  action,
  initial,
  hidden,
  units,
  positions,
  submitLabel,
}: {
  action: FormAction;
  initial: EmployeeFormValues;
  /** Fixed fields posted with the form (employeeId, opdId). */
  hidden: Record<string, string>;
  units: Option[];
  positions: Option[];
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const { values, onSubmit, formKey } = useKeptValues(initial, state);
  const errors = fieldErrors(state);
  const v = (key: keyof EmployeeFormValues) => values[key] ?? initial[key];
  return (
    <form key={formKey} action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormStatus state={state} testId="employee-form" />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="nip" name="nip" label="NIP" inputMode="numeric" maxLength={24} required defaultValue={v("nip")} errors={errors.nip}
          hint="18 digit. Tanggal lahir dan jenis kelamin diambil dari NIP." />
        <Field id="name" name="name" label="Nama (tanpa gelar)" required defaultValue={v("name")} errors={errors.name} />
        <Field id="frontTitle" name="frontTitle" label="Gelar depan" defaultValue={v("frontTitle")} errors={errors.frontTitle} hint="Misalnya Dr. atau Hj." />
        <Field id="backTitle" name="backTitle" label="Gelar belakang" defaultValue={v("backTitle")} errors={errors.backTitle} hint="Misalnya S.Kom., M.T." />
        <SelectField id="status" name="status" label="Status kepegawaian" options={STATUS_OPTIONS} defaultValue={v("status")} errors={errors.status} />
        <Field id="golongan" name="golongan" label="Golongan" required defaultValue={v("golongan")} errors={errors.golongan}
          hint="PNS/CPNS: I/a sampai IV/e (misalnya III/b). PPPK: I sampai XVII." />
        <SelectField id="unitId" name="unitId" label="Unit kerja" options={units} placeholder="— Pilih unit kerja —" defaultValue={v("unitId")} errors={errors.unitId} />
        <SelectField id="positionId" name="positionId" label="Jabatan" options={positions} placeholder="— Pilih jabatan —" defaultValue={v("positionId")} errors={errors.positionId} />
        <Field id="startDate" name="startDate" type="date" label="TMT pegawai" required defaultValue={v("startDate")} errors={errors.startDate} />
        <Field id="positionStartDate" name="positionStartDate" type="date" label="TMT jabatan" required defaultValue={v("positionStartDate")} errors={errors.positionStartDate} />
        <Field id="email" name="email" type="email" label="E-mail" autoComplete="off" defaultValue={v("email")} errors={errors.email} />
        <Field id="phone" name="phone" type="tel" label="Telepon" autoComplete="off" defaultValue={v("phone")} errors={errors.phone} hint="Diawali 0 atau +62." />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Menyimpan…" : submitLabel}
      </Button>
    </form>
  );
}
