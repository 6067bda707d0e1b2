"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EvidencePicker, type EvidenceItem } from "@/components/evidence/evidence-picker";

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

/**
 * The realised value, note and evidence of one IKI for one month (DESIGN.md §6): Simpan keeps a
 * draft, Simpan & Ajukan sends it to the supervisor. What was typed stays in the fields when the
 * server refuses it; an expired session sends the employee to log in and back to this month.
 */
export function RealisationForm(props: {
  ikiId: number;
  year: number;
  month: number;
  unit: string;
  initial: { value: string; note: string };
  initialEvidence: EvidenceItem[];
  maxEvidenceBytes: number;
  uploadMaxBytes: number;
  action: Action;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionState | null>(null);
  const [uploading, setUploading] = useState(false);
  const [pending, startTransition] = useTransition();
  const id = (name: string) => `${name}-${props.ikiId}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(async () => {
      let answer: ActionState;
      try {
        answer = await props.action(null, data);
      } catch {
        setResult({ ok: false, formError: "Tidak tersambung ke server. Isian Anda tetap di formulir ini; coba simpan lagi." });
        return;
      }
      if (!answer.ok && answer.code === "UNAUTHENTICATED") {
        const back = `/iki?bulan=${props.year}-${String(props.month).padStart(2, "0")}`;
        window.location.assign(`/login?sesi=berakhir&callbackUrl=${encodeURIComponent(back)}`);
        return;
      }
      setResult(answer);
      if (answer.ok) router.refresh();
    });
  }

  const errors = result && !result.ok ? result.fieldErrors ?? {} : {};
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-3" noValidate data-testid="realisation-form">
      {result && !result.ok && result.formError ? (
        <Alert tone="error" testId="realisation-error">{Object.keys(errors).length > 0 ? "Periksa kembali isian yang ditandai." : result.formError}</Alert>
      ) : null}
      {result?.ok && result.message ? <Alert tone="success" testId="realisation-saved">{result.message}</Alert> : null}
      <input type="hidden" name="ikiId" value={props.ikiId} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="month" value={props.month} />
      <div>
        <label htmlFor={id("value")} className="block text-sm font-medium text-slate-700">Nilai Realisasi ({props.unit})</label>
        <input
          id={id("value")}
          name="value"
          inputMode="decimal"
          defaultValue={props.initial.value}
          required
          className={inputClass}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? id("value-error") : id("value-hint")}
        />
        <p id={id("value-hint")} className="mt-1 text-xs text-slate-500">Angka tanpa pemisah ribuan, boleh desimal dengan koma, misalnya 12 atau 4,5.</p>
        {errors.value ? <p id={id("value-error")} className="mt-1 text-sm text-red-700">{errors.value.join(" ")}</p> : null}
      </div>
      <div>
        <label htmlFor={id("note")} className="block text-sm font-medium text-slate-700">Catatan Realisasi</label>
        <textarea id={id("note")} name="note" rows={2} defaultValue={props.initial.note} className={inputClass} aria-invalid={errors.note ? true : undefined} />
        {errors.note ? <p className="mt-1 text-sm text-red-700">{errors.note.join(" ")}</p> : null}
      </div>
      <EvidencePicker
        id={id("bukti")}
        label="Bukti Dukung (PDF, JPG, PNG; paling banyak 5)"
        initial={props.initialEvidence}
        maxBytes={props.maxEvidenceBytes}
        uploadMaxBytes={props.uploadMaxBytes}
        errors={errors.evidenceIds}
        onBusyChange={setUploading}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="submit" value="1" disabled={pending || uploading}>{pending ? "Menyimpan…" : "Simpan & Ajukan"}</Button>
        <Button type="submit" name="submit" value="0" variant="secondary" disabled={pending || uploading}>Simpan</Button>
      </div>
    </form>
  );
}
