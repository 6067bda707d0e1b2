"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { periodLabel } from "@/lib/domain/period-lock";
import { createAction } from "@/lib/server/action";
import { allowed } from "@/lib/server/authz";
import { lockMonth } from "@/lib/server/periods/lock-month";
import { reopenMonth } from "@/lib/server/periods/reopen-month";
import { text } from "../form-schemas";

const monthFields = {
  year: z.coerce.number({ error: "Tahun tidak valid." }).int("Tahun tidak valid."),
  month: z.coerce.number({ error: "Bulan tidak valid." }).int("Bulan tidak valid."),
};

export const lockMonthAction = createAction(
  { schema: z.object(monthFields), authorize: (actor) => allowed(actor, "period.lock") },
  async (input, { actor, ip }) => {
    await lockMonth({ ...actor, ip }, input);
    revalidatePath("/admin/periode");
    return { ok: true, message: `Bulan ${periodLabel(input.year, input.month)} telah dikunci.` };
  },
);

export const reopenMonthAction = createAction(
  { schema: z.object({ ...monthFields, reason: text }), authorize: (actor) => allowed(actor, "period.lock") },
  async (input, { actor, ip }) => {
    await reopenMonth({ ...actor, ip }, input);
    revalidatePath("/admin/periode");
    return { ok: true, message: `Bulan ${periodLabel(input.year, input.month)} telah dibuka kembali.` };
  },
);
