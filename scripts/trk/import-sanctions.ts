/**
 * `npm run trk -- import-sanctions <berkas.csv> [--valid-only] [--as <NIP Admin BKD>]`: the
 * disciplinary sanctions import (DESIGN.md §8.3 step 5, §9) from the command line, through the same
 * service as the upload page. Without --as it runs as the system; with --as only an Admin BKD may.
 * Exit code 1 when nothing was imported.
 */
import { csvImportCommand } from "./import-command";

export const importSanctionsCommand = csvImportCommand({
  name: "import-sanctions",
  summary: "Impor hukuman disiplin pegawai dari berkas CSV (Admin BKD).",
  run: async (input) => {
    const { importSanctions } = await import("../../lib/server/imports/sanctions");
    return importSanctions(input);
  },
  report: (result) => [
    `\nImpor selesai (batch ${result.batchId}): ${result.created} hukuman baru, ${result.updated} diperbarui, ` +
      `${result.unchanged} tidak berubah, ${result.invalidRowCount} baris dilewati.`,
  ],
});
