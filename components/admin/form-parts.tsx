"use client";

import { useEffect, useState, type SelectHTMLAttributes } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";

export type FormAction = (prev: ActionState | null, data: FormData) => Promise<ActionState>;
export type Option = { id: number | string; label: string };

/** A labelled select with its hint and errors wired for screen readers (the select twin of Field). */
export function SelectField({
  id,
  label,
  options,
  errors,
  hint,
  placeholder,
  className,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  options: Option[];
  errors?: string[];
  hint?: string;
  placeholder?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500"
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <ul id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The outcome of the last submission, announced to screen readers. */
export function FormStatus({ state, testId }: { state: ActionState | null; testId?: string }) {
  if (!state) return null;
  if (!state.ok) return state.formError ? <Alert tone="error" testId={testId ? `${testId}-error` : "form-error"}>{state.formError}</Alert> : null;
  return state.message ? <Alert tone="success" testId={testId ? `${testId}-success` : "form-success"}>{state.message}</Alert> : null;
}

export function fieldErrors(state: ActionState | null): Record<string, string[]> {
  return state && !state.ok ? state.fieldErrors ?? {} : {};
}

/**
 * What was typed at the last submit. React resets a form after its action, and a select does not
 * take a new defaultValue on re-render; so after each answer from the server the form is mounted
 * afresh (`formKey`) with the submitted values as defaults, and nothing typed is lost when the
 * server refuses the input (a create form empties itself after success). The form still posts without JavaScript (onSubmit only records).
 */
export function useKeptValues(initial: Record<string, string>, state: ActionState | null, options: { clearOnSuccess?: boolean } = {}) {
  const [values, setValues] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [blank] = useState(initial);
  const clear = options.clearOnSuccess === true;
  useEffect(() => {
    if (!state) return;
    if (state.ok && clear) setValues(blank);
    setFormKey((k) => k + 1);
  }, [state, clear, blank]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const next: Record<string, string> = {};
    new FormData(event.currentTarget).forEach((value, key) => {
      if (typeof value === "string") next[key] = value;
    });
    setValues(next);
  };
  return { values, onSubmit, formKey };
}
