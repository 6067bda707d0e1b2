"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EvidencePicker, type EvidenceItem } from "@/components/evidence/evidence-picker";
import type { ActivityFormState, ActivityFormValues } from "./activity-form-values";

export type { ActivityFormValues } from "./activity-form-values";

type Action = (prev: ActivityFormState | null, data: FormData) => Promise<ActivityFormState>;

type Kept = { values: ActivityFormValues; clientRequestId: string; at: string };

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

const newRequestId = () => (typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

type FormProps = {
  userId: number;
  initial: ActivityFormValues;
  initialEvidence: EvidenceItem[];
  /** The request id of a new submission, made on the server so the page and its hydration agree. */
  initialRequestId: string;
  today: string;
  rhkOptions: { id: number; description: string; kind: "UTAMA" | "TAMBAHAN" }[];
  instructionOptions: { id: number; title: string }[];
  maxEvidenceBytes: number;
  uploadMaxBytes: number;
  action: Action;
};

/**
 * Add or edit one activity (DESIGN.md §5). `formKey` names what the form is for (a new entry of a
 * day, or the entry being edited): a new one starts the form afresh.
 *
 * The form is a real form of the server action (POST, multipart), so it also saves without
 * JavaScript: the page then comes back with the action's answer, and on failure with what was
 * typed (ActivityFormState.values). The action's hook lives here, above the key, so the answer of
 * such a submission finds its form again even when the page renders the form for another purpose
 * (an edited entry that was submitted is no longer editable).
 */
export function ActivityForm({ formKey, ...props }: FormProps & { formKey: string }) {
  const [answer, formAction] = useActionState(props.action, null);
  // An answer from a submission without JavaScript belongs to the form it was posted from.
  const [answeredKey] = useState(formKey);
  return <ActivityFormFields key={formKey} {...props} formAction={formAction} posted={formKey === answeredKey ? answer : null} />;
}

/**
 * Everything typed is kept in this browser as it is typed; when saving fails because the session
 * ended, the employee is sent to log in and finds the form filled in again when they come back;
 * when the connection drops, the form keeps its content. A client request id makes a repeated
 * submit (double click, retry after a lost answer) one entry.
 */
function ActivityFormFields(props: FormProps & { formAction: (data: FormData) => void; posted: ActivityFormState | null }) {
  const router = useRouter();
  const storageKey = `trk:activity-form:${props.userId}`;
  // After a failed submission without JavaScript: what was posted, and its request id (a retry is the same entry).
  const posted = props.posted && !props.posted.ok ? props.posted : null;
  const [values, setValues] = useState<ActivityFormValues>(posted?.values ?? props.initial);
  const [requestId, setRequestId] = useState<string>(posted?.clientRequestId || props.initialRequestId);
  const [result, setResult] = useState<ActionState | null>(props.posted);
  const [restored, setRestored] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);
  const [pending, startTransition] = useTransition();
  const touched = useRef(false);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      if (!raw) return;
      const kept = JSON.parse(raw) as Kept;
      // A kept draft belongs to this form when it edits the same entry (or both are new).
      if ((kept.values.id ?? null) === (props.initial.id ?? null)) {
        setValues(kept.values);
        setRequestId(kept.clientRequestId);
        setRestored(true);
      }
    } catch {
      window.localStorage.removeItem(storageKey);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function change(patch: Partial<ActivityFormValues>) {
    touched.current = true;
    setValues((v) => {
      const next = { ...v, ...patch };
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ values: next, clientRequestId: requestId, at: new Date().toISOString() } satisfies Kept));
      } catch {
        // Storage disabled: the form itself still holds the content.
      }
      return next;
    });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // With JavaScript every submission goes through here (kept drafts, expired session, lost
    // connection); the form's `action` is what a browser without JavaScript posts.
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form, submitter);
    // Keep the exact content (with this request id) before sending: it survives anything that follows.
    window.localStorage.setItem(storageKey, JSON.stringify({ values, clientRequestId: requestId, at: new Date().toISOString() } satisfies Kept));
    startTransition(async () => {
      let answer: ActionState;
      try {
        answer = await props.action(null, data);
      } catch {
        setResult({ ok: false, formError: "Tidak tersambung ke server. Isian Anda tetap di formulir ini; coba simpan lagi." });
        return;
      }
      if (answer.ok) {
        window.localStorage.removeItem(storageKey);
        setResult(answer);
        setRestored(false);
        if (props.initial.id == null) {
          setValues({ ...props.initial, date: values.date, startTime: values.endTime, endTime: "", description: "", outputQuantity: "1" });
          setRequestId(newRequestId());
          setPickerKey((k) => k + 1);
          router.refresh();
        } else {
          // The edited entry may no longer be editable (submitted): back to the day, with the message.
          router.push(`/aktivitas?tanggal=${encodeURIComponent(values.date)}&disimpan=${answer.data?.status === "DIAJUKAN" ? "diajukan" : "draf"}`);
        }
        return;
      }
      if (answer.code === "UNAUTHENTICATED") {
        const back = `/aktivitas?tanggal=${encodeURIComponent(values.date)}${values.id ? `&ubah=${values.id}` : ""}`;
        window.location.assign(`/login?sesi=berakhir&callbackUrl=${encodeURIComponent(back)}`);
        return;
      }
      setResult(answer);
    });
  }

  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  const field = (key: keyof typeof errors) => errors[key];
  const describe = (name: string) => (errors[name] ? `${name}-error` : undefined);

  return (
    <form action={props.formAction} onSubmit={onSubmit} className="space-y-4" noValidate data-testid="activity-form" aria-labelledby="activity-form-title">
      <h2 id="activity-form-title" className="text-lg font-semibold">{values.id ? "Ubah Aktivitas" : "Tambah Aktivitas"}</h2>
      {restored ? <Alert tone="info" testId="activity-restored">Isian yang belum tersimpan dipulihkan. Periksa, lalu simpan.</Alert> : null}
      {result && !result.ok && result.formError ? <Alert tone="error" testId="activity-error">{result.formError}</Alert> : null}
      {result?.ok && result.message ? <Alert tone="success" testId="activity-saved">{result.message}</Alert> : null}
      <input type="hidden" name="id" value={values.id ?? ""} />
      <input type="hidden" name="clientRequestId" value={requestId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Input id="date" label="Tanggal" type="date" max={props.today} value={values.date} errors={field("date")} onChange={(v) => change({ date: v })} required />
        <Input id="startTime" label="Jam Mulai" type="time" value={values.startTime} errors={field("startTime")} onChange={(v) => change({ startTime: v })} required />
        <Input id="endTime" label="Jam Selesai" type="time" value={values.endTime} errors={field("endTime")} onChange={(v) => change({ endTime: v })} required />
      </div>
      <div>
        <label htmlFor="rhkId" className="block text-sm font-medium text-slate-700">RHK</label>
        <select id="rhkId" name="rhkId" className={inputClass} value={values.rhkId} onChange={(e) => change({ rhkId: e.target.value })} aria-invalid={field("rhkId") ? true : undefined} aria-describedby={describe("rhkId") ?? "rhkId-hint"}>
          <option value="">Aktivitas Tambahan (tidak terkait RHK)</option>
          {props.rhkOptions.map((r) => (
            <option key={r.id} value={r.id}>{`[${r.kind === "UTAMA" ? "Utama" : "Tambahan"}] ${r.description}`}</option>
          ))}
        </select>
        <p id="rhkId-hint" className="mt-1 text-xs text-slate-500">{props.rhkOptions.length === 0 ? "Belum ada SKP yang disetujui untuk tahun ini; aktivitas dicatat sebagai Aktivitas Tambahan." : "Pilih RHK dari SKP Anda yang berlaku."}</p>
        <FieldErrors id="rhkId-error" errors={field("rhkId")} />
      </div>
      {props.instructionOptions.length > 0 ? (
        <div>
          <label htmlFor="instructionId" className="block text-sm font-medium text-slate-700">Instruksi khusus (bila ada)</label>
          <select id="instructionId" name="instructionId" className={inputClass} value={values.instructionId} onChange={(e) => change({ instructionId: e.target.value })}>
            <option value="">— Bukan pelaksanaan instruksi —</option>
            {props.instructionOptions.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
          </select>
          <FieldErrors id="instructionId-error" errors={field("instructionId")} />
        </div>
      ) : null}
      <div>
        <label htmlFor="description" className="block text-sm font-medium text-slate-700">Uraian Aktivitas</label>
        <textarea id="description" name="description" rows={3} className={inputClass} value={values.description} onChange={(e) => change({ description: e.target.value })} aria-invalid={field("description") ? true : undefined} aria-describedby={describe("description")} required />
        <FieldErrors id="description-error" errors={field("description")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Input id="outputQuantity" label="Jumlah Hasil" inputMode="decimal" value={values.outputQuantity} errors={field("outputQuantity")} onChange={(v) => change({ outputQuantity: v })} required />
        <Input id="outputUnit" label="Satuan Hasil" value={values.outputUnit} errors={field("outputUnit")} onChange={(v) => change({ outputUnit: v })} placeholder="dokumen, laporan, kegiatan" required />
      </div>
      <EvidencePicker key={pickerKey} id="evidence" label="Bukti Dukung (PDF, JPG, PNG; paling banyak 5)" initial={props.initialEvidence} maxBytes={props.maxEvidenceBytes} uploadMaxBytes={props.uploadMaxBytes} errors={field("evidenceIds")} onBusyChange={setUploading} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="submit" value="1" disabled={pending || uploading}>{pending ? "Menyimpan…" : "Simpan & Ajukan"}</Button>
        <Button type="submit" name="submit" value="0" variant="secondary" disabled={pending || uploading}>Simpan Draf</Button>
        {values.id ? <a href={`/aktivitas?tanggal=${values.date}`} className="inline-flex items-center px-3 text-sm text-slate-700 underline">Batal</a> : null}
      </div>
    </form>
  );
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => <li key={e}>{e}</li>)}
    </ul>
  );
}

function Input(props: {
  id: keyof ActivityFormValues;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors?: string[];
  type?: string;
  max?: string;
  inputMode?: "decimal";
  placeholder?: string;
  required?: boolean;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        max={props.max}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        required={props.required}
        className={inputClass}
        value={props.value}
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={props.errors ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
    </div>
  );
}
