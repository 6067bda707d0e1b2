/**
 * `npm run trk -- import-employees <berkas.csv> [--valid-only] [--as <NIP admin>]`: the SIAp Jabar
 * employee import (DESIGN.md §9) from the command line, through the same service as the upload
 * page. Without --as it runs as the system with Admin BKD's reach; the audit log says so.
 * Exit code 1 when nothing was imported.
 */
import { csvImportCommand } from "./import-command";

export const importEmployeesCommand = csvImportCommand({
  name: "import-employees",
  summary: "Impor data pegawai dari berkas CSV SIAp Jabar.",
  run: async (input) => {
    const { importEmployees } = await import("../../lib/server/imports/employees");
    return importEmployees(input);
  },
  report: (result) => [
    `\nImpor selesai (batch ${result.batchId}): ${result.created} pegawai baru, ${result.updated} diperbarui, ` +
      `${result.unchanged} tidak berubah, ${result.invalidRowCount} baris dilewati. ` +
      `Unit kerja baru ${result.unitsCreated}, jabatan baru ${result.positionsCreated}.`,
  ],
});
