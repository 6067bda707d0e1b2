"use client";

import { useActionState, useEffect, useState } from "react";
import type { ActionState } from "@/lib/server/action";
import type { QueuePerson } from "@/lib/server/activities/queue";
import { formatMinutes } from "@/lib/domain/activities/month-param";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDayKey } from "./format";

type Action = (prev: ActionState | null, data: FormData) => Promise<ActionState>;

/**
 * The grouped queue (person → day → entry) with ticks, "select all of the day / of the person",
 * bulk Setujui, per-entry Setujui and Tolak with a reason. One action state for every form, so the
 * result message stays when the reviewed entries leave the list. Works without JavaScript too: the
 * ticks and buttons belong to the form `approve-form`, and each Tolak is a <details> with its own form.
 */
export function ReviewQueue({ people, locked, action, emptyText }: { people: QueuePerson[]; locked: boolean; action: Action; emptyText: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [rejecting, setRejecting] = useState<number | null>(null);

  useEffect(() => {
    if (state?.ok) setSelected(new Set());
  }, [state]);

  const present = new Set(people.flatMap((p) => p.days.flatMap((d) => d.entries.map((e) => e.id))));
  const chosen = [...selected].filter((id) => present.has(id));
  const allOf = (ids: number[]) => ids.length > 0 && ids.every((id) => selected.has(id));
  const toggle = (ids: number[], on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const reasonErrors = state && !state.ok ? state.fieldErrors?.reason : undefined;

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {state?.ok && state.message ? <Alert tone="success" testId="review-result">{state.message}</Alert> : null}
        {state && !state.ok && state.formError ? <Alert tone="error" testId="review-error">{state.formError}</Alert> : null}
      </div>

      {people.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="activity-queue-empty">{emptyText}</p>
      ) : null}
      <form id="approve-form" hidden={people.length === 0} action={formAction} className="sticky top-0 z-10 flex flex-wrap items-center gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <input type="hidden" name="decision" value="APPROVE" />
        <span className="text-sm text-slate-700" data-testid="selected-count">{chosen.length} aktivitas dipilih</span>
        <Button type="submit" disabled={pending || locked} className="ml-auto">
          Setujui yang dipilih
        </Button>
      </form>

      {people.map((person) => {
        const personIds = person.days.flatMap((d) => d.entries.map((e) => e.id));
        return (
          <section key={person.employeeId} className="rounded-lg border border-slate-200 bg-white" aria-labelledby={`p-${person.employeeId}`} data-testid="queue-person">
            <header className="flex flex-wrap items-start gap-2 border-b border-slate-100 p-3">
              <div className="min-w-0 flex-1">
                <h2 id={`p-${person.employeeId}`} className="font-semibold">{person.name}</h2>
                <p className="text-xs text-slate-500">NIP {person.nip} · {person.positionName}</p>
                <p className="text-xs text-slate-600">{person.count} aktivitas · {formatMinutes(person.minutes)}</p>
              </div>
              {!locked ? (
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={allOf(personIds)} onChange={(e) => toggle(personIds, e.target.checked)} className="size-5" />
                  <span>Pilih semua<span className="sr-only"> aktivitas {person.name}</span></span>
                </label>
              ) : null}
            </header>
            {person.days.map((day) => {
              const dayIds = day.entries.map((e) => e.id);
              const dayLabel = formatDayKey(day.date);
              return (
                <div key={day.date} className="border-b border-slate-100 last:border-b-0">
                  <div className="flex flex-wrap items-center gap-2 bg-slate-50 px-3 py-2">
                    <h3 className="flex-1 text-sm font-medium">{dayLabel} <span className="font-normal text-slate-500">· {formatMinutes(day.minutes)}</span></h3>
                    {!locked ? (
                      <label className="flex items-center gap-2 text-sm">
                        <input type="checkbox" checked={allOf(dayIds)} onChange={(e) => toggle(dayIds, e.target.checked)} className="size-5" />
                        <span>Pilih semua hari ini<span className="sr-only"> ({person.name}, {dayLabel})</span></span>
                      </label>
                    ) : null}
                  </div>
                  <ul className="divide-y divide-slate-100">
                    {day.entries.map((entry) => {
                      const label = `${entry.startTime}–${entry.endTime} ${dayLabel} ${person.name}`;
                      return (
                        <li key={entry.id} className="flex gap-3 p-3" data-testid="queue-entry">
                          {!locked ? (
                            <input
                              type="checkbox"
                              form="approve-form"
                              name="ids"
                              value={entry.id}
                              checked={selected.has(entry.id)}
                              onChange={(e) => toggle([entry.id], e.target.checked)}
                              aria-label={`Pilih aktivitas ${label}`}
                              className="mt-1 size-5 shrink-0"
                            />
                          ) : null}
                          <div className="min-w-0 flex-1 space-y-1 text-sm">
                            <p className="font-medium">
                              {entry.startTime}–{entry.endTime} <span className="font-normal text-slate-500">({formatMinutes(entry.minutes)})</span>
                            </p>
                            <p className="text-xs text-slate-600"><span className="font-medium">RHK:</span> {entry.rhk}</p>
                            {entry.instruction ? <p className="text-xs text-slate-600"><span className="font-medium">Instruksi:</span> {entry.instruction}</p> : null}
                            <p className="break-words">{entry.description}</p>
                            <p className="text-xs text-slate-600">Hasil: {entry.output} · Bukti dukung: {entry.evidenceCount} berkas</p>
                            {entry.evidence.length > 0 ? (
                              <ul className="mt-1 flex flex-wrap gap-2 text-xs">
                                {entry.evidence.map((f) => (
                                  <li key={f.id}><a href={`/api/bukti/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{f.name}</a></li>
                                ))}
                              </ul>
                            ) : null}
                            {!locked ? (
                              <div className="flex flex-wrap items-start gap-2 pt-1">
                                <button
                                  type="submit"
                                  form="approve-form"
                                  name="only"
                                  value={entry.id}
                                  disabled={pending}
                                  aria-label={`Setujui aktivitas ${label}`}
                                  className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
                                >
                                  Setujui
                                </button>
                                <details
                                  className="min-w-0 flex-1"
                                  open={rejecting === entry.id}
                                  onToggle={(e) => {
                                    const open = (e.currentTarget as HTMLDetailsElement).open;
                                    if (open) setRejecting(entry.id);
                                    else if (rejecting === entry.id) setRejecting(null);
                                  }}
                                >
                                  <summary className="inline-block cursor-pointer rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold text-red-700" aria-label={`Tolak aktivitas ${label}`}>
                                    Tolak
                                  </summary>
                                  <form action={formAction} className="mt-2 space-y-2">
                                    <input type="hidden" name="decision" value="REJECT" />
                                    <input type="hidden" name="ids" value={entry.id} />
                                    <label htmlFor={`reason-${entry.id}`} className="block text-sm font-medium text-slate-700">Alasan penolakan</label>
                                    <textarea
                                      id={`reason-${entry.id}`}
                                      name="reason"
                                      rows={2}
                                      aria-required="true"
                                      aria-invalid={rejecting === entry.id && reasonErrors ? true : undefined}
                                      aria-describedby={`reason-${entry.id}-hint`}
                                      className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-500"
                                    />
                                    <p id={`reason-${entry.id}-hint`} className="text-xs text-slate-500">Wajib, paling sedikit 5 karakter: apa yang harus diperbaiki.</p>
                                    {rejecting === entry.id && reasonErrors ? <p className="text-sm text-red-700">{reasonErrors.join(" ")}</p> : null}
                                    <Button type="submit" variant="danger" disabled={pending}>Tolak aktivitas</Button>
                                  </form>
                                </details>
                              </div>
                            ) : null}
                          </div>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
