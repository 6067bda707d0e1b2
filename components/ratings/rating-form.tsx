"use client";

import Link from "next/link";
import { useActionState } from "react";
import { BERAKHLAK_VALUES, LEVEL_LABELS, RATING_COMMENT_MAX, RATING_LEVELS, type RatingValues } from "@/lib/domain/ratings/berakhlak";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitWithoutReset } from "@/components/profile/submit-without-reset";

/**
 * The seven BerAKHLAK values as radio groups 1–5 (fieldset/legend), each level with its
 * description, and an optional comment. Works without JavaScript (a plain form post).
 */
export function RatingForm({
  assignmentId,
  initial,
  initialComment,
  action,
}: {
  assignmentId: number;
  initial: RatingValues | null;
  initialComment: string | null;
  action: (prev: ActionState | null, data: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} onSubmit={submitWithoutReset(formAction)} className="space-y-5" data-testid="rating-form" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {state && !state.ok && state.formError ? <Alert tone="error" testId="rating-error">{state.formError}</Alert> : null}
      {state?.ok ? (
        <Alert tone="success" testId="rating-saved">
          {state.message} <Link href="/penilaian" className="font-semibold underline">Kembali ke daftar penilaian</Link>
        </Alert>
      ) : null}
      {BERAKHLAK_VALUES.map((value, index) => {
        const fieldErrors = errors[value.key];
        return (
          <fieldset
            key={value.key}
            className="rounded-lg border border-slate-200 bg-white p-4 aria-[invalid=true]:border-red-400"
            aria-describedby={`${value.key}-def${fieldErrors ? ` ${value.key}-error` : ""}`}
            aria-invalid={fieldErrors ? true : undefined}
          >
            <legend className="px-1 text-base font-semibold">{value.name}</legend>
            <p id={`${value.key}-def`} className="text-sm text-slate-600">
              {index + 1}. {value.definition}
            </p>
            {fieldErrors ? <p id={`${value.key}-error`} className="mt-1 text-sm text-red-700">{fieldErrors.join(" ")}</p> : null}
            <div className="mt-3 grid gap-2 sm:grid-cols-5">
              {RATING_LEVELS.map((level) => {
                const id = `${value.key}-${level}`;
                return (
                  <label key={level} htmlFor={id} className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 sm:flex-col">
                    <span className="flex items-center gap-2 font-semibold">
                      <input id={id} type="radio" name={value.key} value={level} defaultChecked={initial?.[value.key] === level} required className="h-4 w-4" />
                      {level} · {LEVEL_LABELS[level]}
                    </span>
                    <span className="text-xs text-slate-600">{value.levels[level - 1]}</span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="comment" className="block text-sm font-medium text-slate-700">Komentar (opsional)</label>
        <textarea
          id="comment"
          name="comment"
          rows={3}
          maxLength={RATING_COMMENT_MAX}
          defaultValue={initialComment ?? ""}
          aria-describedby="comment-hint"
          aria-invalid={errors.comment ? true : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500"
        />
        <p id="comment-hint" className="mt-1 text-xs text-slate-500">Paling banyak {RATING_COMMENT_MAX} karakter. Nama Anda tidak ditampilkan kepada pegawai yang dinilai.</p>
        {errors.comment ? <p className="mt-1 text-sm text-red-700">{errors.comment.join(" ")}</p> : null}
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Menyimpan…" : "Simpan Penilaian"}</Button>
    </form>
  );
}
