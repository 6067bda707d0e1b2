/**
 * `npm run trk -- import-org-targets <berkas.csv> [--valid-only] [--as <NIP admin>]`: the e-SAKIP
 * organisation target import (DESIGN.md §9) from the command line, through the same service as the
 * upload page. Without --as it runs as the system with Admin BKD's reach; the audit log says so.
 * Exit code 1 when nothing was imported.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

export const importOrgTargetsCommand: TrkCommand = {
  usage: "import-org-targets <berkas.csv> [--valid-only] [--as <NIP admin>]",
  summary: "Impor sasaran strategis dan indikator perangkat daerah dari berkas CSV e-SAKIP.",
  run: async (args) => {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: { "valid-only": { type: "boolean", default: false }, as: { type: "string" } },
      });
    } catch (error) {
      console.error(`${error instanceof Error ? error.message : String(error)}\nPenggunaan: npm run trk -- ${importOrgTargetsCommand.usage}`);
      return 1;
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) {
      console.error(`Sebutkan tepat satu berkas CSV.\nPenggunaan: npm run trk -- ${importOrgTargetsCommand.usage}`);
      return 1;
    }
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      console.error(`Berkas tidak dapat dibaca: ${file}`);
      return 1;
    }
    return withDatabase(() => runImport({ file, content, validOnly: parsed.values["valid-only"] ?? false, asNip: parsed.values.as }));
  },
};

async function runImport(input: { file: string; content: Buffer; validOnly: boolean; asNip?: string }): Promise<number> {
  // Loaded only now: the data layer reads DATABASE_URL on first use.
  const { db } = await import("../../lib/server/db");
  const { isAppError } = await import("../../lib/server/errors");
  const { importOrgTargets } = await import("../../lib/server/imports/org-targets");
  const { CLI_SYSTEM_ACTOR } = await import("../../lib/server/imports/import-actor");
  const { resolveCliActor } = await import("./cli-actor");
  try {
    const actor = input.asNip ? await resolveCliActor(input.asNip) : CLI_SYSTEM_ACTOR;
    if (!actor) {
      console.error(`NIP ${input.asNip} bukan akun aktif. Gunakan NIP Admin OPD atau Admin BKD yang aktif.`);
      return 1;
    }
    console.log(`Mengimpor ${input.file} sebagai ${"kind" in actor ? actor.label : `${actor.nip} (${actor.role})`}${input.validOnly ? ", hanya baris yang valid" : ""}…`);
    const result = await importOrgTargets({
      actor,
      fileName: path.basename(input.file),
      content: input.content,
      validRowsOnly: input.validOnly,
      source: "cli",
    });
    for (const error of result.errors) console.error(`Baris ${error.line}: ${error.message}`);
    if (!result.written) {
      console.error(
        result.errors.length > 0
          ? `\nTidak ada data yang diimpor: ${result.invalidRowCount} baris bermasalah. Perbaiki berkas, atau jalankan dengan --valid-only.`
          : "\nTidak ada data yang diimpor: berkas tidak memuat baris data.",
      );
      return 1;
    }
    console.log(
      `\nImpor selesai (batch ${result.batchId}): ${result.created} sasaran baru, ${result.updated} diperbarui, ` +
        `${result.unchanged} tidak berubah, ${result.invalidRowCount} baris dilewati.`,
    );
    for (const scope of result.scopes) console.log(`  ${scope.opdCode} tahun ${scope.year}: ${scope.rows} baris`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}
