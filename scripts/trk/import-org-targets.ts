/**
 * `npm run trk -- import-org-targets <berkas.csv> [--valid-only] [--as <NIP admin>]`: the e-SAKIP
 * organisation target import (DESIGN.md §9) from the command line, through the same service as the
 * upload page. Without --as it runs as the system with Admin BKD's reach; the audit log says so.
 * Exit code 1 when nothing was imported.
 */
import { csvImportCommand } from "./import-command";

export const importOrgTargetsCommand = csvImportCommand({
  name: "import-org-targets",
  summary: "Impor sasaran strategis dan indikator perangkat daerah dari berkas CSV e-SAKIP.",
  run: async (input) => {
    const { importOrgTargets } = await import("../../lib/server/imports/org-targets");
    return importOrgTargets(input);
  },
  report: (result) => [
    `\nImpor selesai (batch ${result.batchId}): ${result.created} sasaran baru, ${result.updated} diperbarui, ` +
      `${result.unchanged} tidak berubah, ${result.invalidRowCount} baris dilewati.`,
    ...result.scopes.map((scope) => `  ${scope.opdCode} tahun ${scope.year}: ${scope.rows} baris`),
  ],
});
