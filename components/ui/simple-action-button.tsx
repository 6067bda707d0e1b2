"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/server/action";
import { Alert } from "./alert";
import { Button } from "./button";

/** A one-button form for an action without fields, with its result message. */
export function SimpleActionButton({ label, action }: { label: string; action: (prev: ActionState | null, data: FormData) => Promise<ActionState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      {state && !state.ok ? <Alert tone="error">{state.formError}</Alert> : null}
      {state?.ok && state.message ? <Alert tone="success">{state.message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending}>{label}</Button>
    </form>
  );
}
