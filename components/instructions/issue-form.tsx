"use client";

import { useActionState, useMemo, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export type IssueFormPerson = { id: number; nip: string; name: string; positionName: string; unitName: string };
export type IssueFormUnit = { id: number; name: string; direct: number; withSubunits: number };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return <ul id={id} className="mt-1 text-sm text-red-700">{errors.map((e) => <li key={e}>{e}</li>)}</ul>;
}

/** Buat Instruksi: title, description, deadline (WIB), and recipients as people of the chain or a unit. */
export function IssueInstructionForm({
  people,
  units,
  minDate,
  action,
}: {
  people: IssueFormPerson[];
  units: IssueFormUnit[];
  minDate: string;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [date, setDate] = useState("");
  const [time, setTime] = useState("16:00");
  const [mode, setMode] = useState<"people" | "unit">("people");
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [unitId, setUnitId] = useState("");
  const [withSub, setWithSub] = useState(false);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return people;
    return people.filter((p) => p.name.toLowerCase().includes(q) || p.nip.includes(q) || p.unitName.toLowerCase().includes(q) || p.positionName.toLowerCase().includes(q));
  }, [people, query]);

  const toggle = (id: number) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="instruction-form">
      {state && !state.ok && state.formError ? <Alert tone="error" testId="instruction-form-error">{state.formError}</Alert> : null}
      <Field id="title" name="title" label="Judul Instruksi" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required errors={errors.title} hint="5–200 karakter." />
      <div>
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">Uraian Instruksi</label>
        <textarea id="description" name="description" rows={5} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={4000} required
          aria-invalid={errors.description ? true : undefined} aria-describedby={errors.description ? "description-error" : "description-hint"} className={inputClass} />
        <p id="description-hint" className="mt-1 text-xs text-slate-500">10–4.000 karakter: apa yang harus dikerjakan dan hasil yang diharapkan.</p>
        <Errors id="description-error" errors={errors.description} />
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="text-sm font-medium text-slate-700">Batas Waktu (WIB)</legend>
        <Field id="deadlineDate" name="deadlineDate" type="date" label="Tanggal Batas Waktu" min={minDate} value={date} onChange={(e) => setDate(e.target.value)} required errors={errors.deadline} />
        <Field id="deadlineTime" name="deadlineTime" type="time" label="Jam Batas Waktu (WIB)" value={time} onChange={(e) => setTime(e.target.value)} required />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">Penerima</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-2"><input type="radio" name="mode" value="people" checked={mode === "people"} onChange={() => setMode("people")} /> Pilih pegawai</label>
          <label className="flex items-center gap-2"><input type="radio" name="mode" value="unit" checked={mode === "unit"} onChange={() => setMode("unit")} /> Seluruh pegawai satu unit kerja</label>
        </div>
        {mode === "people" ? (
          <div className="space-y-2">
            <Field id="search" label="Cari pegawai" type="search" value={query} onChange={(e) => setQuery(e.target.value)} hint="Nama, NIP, jabatan atau unit kerja." />
            <p className="text-sm text-slate-600" data-testid="instruction-chosen-count">{chosen.size} pegawai dipilih</p>
            <ul className="max-h-80 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200" aria-label="Pegawai di bawah Anda">
              {people.map((p) => (
                <li key={p.id} className={visible.includes(p) ? "px-3 py-2" : "hidden"}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="recipientIds" value={p.id} checked={chosen.has(p.id)} onChange={() => toggle(p.id)} className="mt-1" aria-label={`${p.name} (NIP ${p.nip})`} />
                    <span><span className="font-medium">{p.name}</span><span className="block text-xs text-slate-500">NIP {p.nip} · {p.positionName} · {p.unitName}</span></span>
                  </label>
                </li>
              ))}
            </ul>
            {visible.length === 0 ? <p className="text-sm text-slate-500">Tidak ada pegawai yang cocok dengan pencarian.</p> : null}
            <Errors id="recipients-error" errors={errors.recipients} />
          </div>
        ) : (
          <div className="space-y-2">
            <div>
              <label htmlFor="unitId" className="block text-sm font-medium text-slate-700">Unit Kerja</label>
              <select id="unitId" name="unitId" value={unitId} onChange={(e) => setUnitId(e.target.value)} className={inputClass} aria-invalid={errors.unitId ? true : undefined}>
                <option value="">— Pilih unit kerja —</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>{u.name} ({u.direct} pegawai; {u.withSubunits} dengan sub-unit)</option>
                ))}
              </select>
              <Errors id="unitId-error" errors={errors.unitId ?? errors.recipients} />
            </div>
            <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="includeSubunits" checked={withSub} onChange={(e) => setWithSub(e.target.checked)} /> Termasuk sub-unit</label>
            <p className="text-xs text-slate-500">Hanya pegawai yang berada di bawah Anda dalam rantai atasan yang menerima instruksi.</p>
          </div>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>{pending ? "Mengirim…" : "Berikan Instruksi"}</Button>
    </form>
  );
}
