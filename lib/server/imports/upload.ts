import "server-only";
import { z } from "zod";
import type { ImportRowError } from "@/lib/domain/imports/import-error";
import { importFileTooLargeMessage } from "@/lib/domain/imports/limits";
import { createAction, type ActionContext } from "../action";
import type { ImportFileInput } from "./import-batch";

/** The error table shows at most this many lines; the counts stay exact. */
const SHOWN_ERRORS = 1000;

/** The part of every import's result that the upload page shows. */
type UploadedImportResult = {
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  invalidRowCount: number;
  errors: ImportRowError[];
};

export type ImportUploadActionOptions<R extends UploadedImportResult, Extra> = {
  maxBytes: number;
  /** The import service. */
  importFile: (input: ImportFileInput) => Promise<R>;
  /** The kind's own fields of the result view (e.g. links to what was imported). */
  extraView: (result: R, context: ActionContext) => Extra;
  /** After a written import, e.g. revalidating a page that lists what was imported. */
  onWritten?: () => void;
};

/**
 * The server action of an import's upload form: the file ("berkas", required, at most `maxBytes`)
 * and "validRowsOnly"; Admin OPD and Admin BKD only. Returns the result view as `data.result`.
 */
export function createImportUploadAction<R extends UploadedImportResult, Extra>(options: ImportUploadActionOptions<R, Extra>) {
  const schema = z.object({
    berkas: z
      .instanceof(File, { message: "Pilih berkas CSV." })
      .refine((file) => file.size > 0, "Pilih berkas CSV.")
      .refine((file) => file.size <= options.maxBytes, importFileTooLargeMessage(options.maxBytes)),
    validRowsOnly: z.literal("on").optional(),
  });
  return createAction(
    { schema, authorize: (actor) => actor.role === "ADMIN_OPD" || actor.role === "ADMIN_BKD" },
    async (input, context) => {
      const result = await options.importFile({
        actor: { ...context.actor, ip: context.ip },
        fileName: input.berkas.name || "berkas.csv",
        content: new Uint8Array(await input.berkas.arrayBuffer()),
        validRowsOnly: input.validRowsOnly === "on",
        source: "web",
      });
      const view = {
        fileName: input.berkas.name,
        written: result.written,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        invalidRowCount: result.invalidRowCount,
        errorCount: result.errors.length,
        errors: result.errors.slice(0, SHOWN_ERRORS),
        ...options.extraView(result, context),
      };
      if (result.written) options.onWritten?.();
      return { ok: true, data: { result: view } };
    },
  );
}
