/**
 * `npm run trk -- import-attendance <berkas.csv> [--valid-only] [--as <NIP admin>]`: the K-MOB
 * attendance import (DESIGN.md §9) from the command line, through the same service as the upload
 * page. Without --as it runs as the system with Admin BKD's reach; the audit log says so.
 * Exit code 1 when nothing was imported.
 */
import { csvImportCommand } from "./import-command";

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

export const importAttendanceCommand = csvImportCommand({
  name: "import-attendance",
  summary: "Impor kehadiran harian pegawai dari berkas CSV K-MOB.",
  run: async (input) => {
    const { importAttendance } = await import("../../lib/server/imports/attendance");
    return importAttendance(input);
  },
  report: (result) => [
    `\nImpor selesai (batch ${result.batchId}): ${result.created} hari baru, ${result.updated} diperbarui, ` +
      `${result.unchanged} tidak berubah, ${result.invalidRowCount} baris dilewati.`,
    ...result.scopes.map((s) => `  ${s.opdCode} ${MONTHS[s.month - 1]} ${s.year}: ${s.rows} baris`),
  ],
});
