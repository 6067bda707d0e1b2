"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A one-button form (Buat SKP, Buat Revisi) with its result message. */
export function YearActionButton({ year, label, pendingLabel, action }: { year: number; label: string; pendingLabel: string; action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="year" value={year} />
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      <Button type="submit" disabled={pending}>{pending ? pendingLabel : label}</Button>
    </form>
  );
}
