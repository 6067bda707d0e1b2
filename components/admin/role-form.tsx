"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type FormAction, FormStatus } from "./form-parts";

/** Admin BKD only: grant or revoke the Admin OPD role of an employee's account. */
export function RoleForm({ action, employeeId, isAdminOpd }: { action: FormAction; employeeId: number; isAdminOpd: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormStatus state={state} testId="role-form" />
      <input type="hidden" name="employeeId" value={employeeId} />
      <input type="hidden" name="grant" value={isAdminOpd ? "tidak" : "ya"} />
      <Button type="submit" variant={isAdminOpd ? "danger" : "secondary"} disabled={pending}>
        {isAdminOpd ? "Cabut Peran Admin OPD" : "Jadikan Admin OPD"}
      </Button>
    </form>
  );
}
