"use server";

import { z } from "zod";
import { EMPLOYEE_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { createAction } from "@/lib/server/action";
import { importEmployees } from "@/lib/server/imports/employees";
import type { EmployeeImportView } from "@/components/imports/employee-import-view";

/** The error table shows at most this many lines; the counts stay exact. */
const SHOWN_ERRORS = 1000;

const schema = z.object({
  berkas: z
    .instanceof(File, { message: "Pilih berkas CSV." })
    .refine((file) => file.size > 0, "Pilih berkas CSV.")
    .refine((file) => file.size <= EMPLOYEE_IMPORT_MAX_BYTES, "Berkas terlalu besar. Ukuran paling besar 10 MB; bagi berkas per perangkat daerah."),
  validRowsOnly: z.literal("on").optional(),
});

export const importEmployeesAction = createAction(
  { schema, authorize: (actor) => actor.role === "ADMIN_OPD" || actor.role === "ADMIN_BKD" },
  async (input, { actor, ip }) => {
    const result = await importEmployees({
      actor: { ...actor, ip },
      fileName: input.berkas.name || "berkas.csv",
      content: new Uint8Array(await input.berkas.arrayBuffer()),
      validRowsOnly: input.validRowsOnly === "on",
      source: "web",
    });
    const view: EmployeeImportView = {
      fileName: input.berkas.name,
      written: result.written,
      created: result.created,
      updated: result.updated,
      unchanged: result.unchanged,
      invalidRowCount: result.invalidRowCount,
      unitsCreated: result.unitsCreated,
      positionsCreated: result.positionsCreated,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, SHOWN_ERRORS),
    };
    return { ok: true, data: { result: view } };
  },
);
