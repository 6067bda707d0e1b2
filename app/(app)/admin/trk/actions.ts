"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { parseMonthKey } from "@/lib/domain/remuneration/run-rules";
import { createAction } from "@/lib/server/action";
import { invalid } from "@/lib/server/errors";
import { computeRun, recomputeRun } from "@/lib/server/remuneration/compute-run";
import { finaliseRun } from "@/lib/server/remuneration/finalise-run";
import { reviseRun } from "@/lib/server/remuneration/revise-run";
import { id, isAdmin, text } from "../form-schemas";

export const computeRunAction = createAction(
  { schema: z.object({ month: text, opd: text }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const month = parseMonthKey(input.month);
    if (!month) throw invalid("Pilih bulan kinerja.", { month: ["Pilih bulan kinerja (format TTTT-BB)."] });
    const opdId = input.opd === "semua" ? null : /^[0-9]{1,9}$/.test(input.opd) ? Number(input.opd) : undefined;
    if (opdId === undefined) throw invalid("Pilih perangkat daerah.", { opd: ["Pilih perangkat daerah atau seluruh perangkat daerah."] });
    const result = await computeRun({ actor: { ...actor, ip }, ...month, opdId });
    revalidatePath("/admin/trk");
    redirect(`/admin/trk/${result.runId}`);
  },
);

const runField = { runId: id("TRK tidak valid.") };

export const recomputeRunAction = createAction(
  { schema: z.object(runField), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const result = await recomputeRun({ actor: { ...actor, ip }, runId: input.runId });
    revalidatePath(`/admin/trk/${result.runId}`);
    return { ok: true, message: result.queued ? "Perhitungan ulang dijadwalkan; halaman ini diperbarui otomatis." : "TRK telah dihitung ulang." };
  },
);

export const finaliseRunAction = createAction(
  { schema: z.object(runField), authorize: isAdmin },
  async (input, { actor, ip }) => {
    await finaliseRun({ actor: { ...actor, ip }, runId: input.runId });
    revalidatePath(`/admin/trk/${input.runId}`);
    return { ok: true, message: "TRK telah difinalkan. Angkanya tidak akan berubah lagi." };
  },
);

export const reviseRunAction = createAction(
  { schema: z.object({ ...runField, reason: text }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const result = await reviseRun({ actor: { ...actor, ip }, runId: input.runId, reason: input.reason });
    revalidatePath("/admin/trk");
    redirect(`/admin/trk/${result.runId}`);
  },
);
