"use server";

import { SANCTION_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { importSanctions } from "@/lib/server/imports/sanctions";
import { createImportUploadAction } from "@/lib/server/imports/upload";

export const importSanctionsAction = createImportUploadAction({
  maxBytes: SANCTION_IMPORT_MAX_BYTES,
  importFile: importSanctions,
  extraView: () => ({}),
});
