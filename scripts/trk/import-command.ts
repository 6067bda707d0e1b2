/**
 * The scaffold of every CSV import command (`npm run trk -- import-… <berkas.csv> [--valid-only]
 * [--as <NIP admin>]`): argument parsing, reading the file, the actor (the system without --as),
 * the row errors and the outcome. Each import supplies only its service call and its summary line.
 * Exit code 1 when nothing was imported.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { ImportRowError } from "../../lib/domain/imports/import-error";
import type { ImportActor } from "../../lib/server/imports/import-actor";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

/** What the import service gets from the command line. */
export type CliImportInput = {
  actor: ImportActor;
  fileName: string;
  content: Uint8Array;
  validRowsOnly: boolean;
  source: "cli";
};

/** The part of an import's result the command prints for every kind. */
export type CliImportResult = {
  written: boolean;
  errors: ImportRowError[];
  invalidRowCount: number;
};

export type CsvImportCommandOptions<R extends CliImportResult> = {
  /** The subcommand, e.g. "import-employees". */
  name: string;
  summary: string;
  /** Calls the import service; loaded lazily because the data layer reads DATABASE_URL on first use. */
  run: (input: CliImportInput) => Promise<R>;
  /** The lines printed after a written import, e.g. "\nImpor selesai (batch 3): …". */
  report: (result: R) => string[];
};

export function csvImportCommand<R extends CliImportResult>(options: CsvImportCommandOptions<R>): TrkCommand {
  const usage = `${options.name} <berkas.csv> [--valid-only] [--as <NIP admin>]`;
  return {
    usage,
    summary: options.summary,
    run: async (args) => {
      let parsed;
      try {
        parsed = parseArgs({
          args,
          allowPositionals: true,
          options: { "valid-only": { type: "boolean", default: false }, as: { type: "string" } },
        });
      } catch (error) {
        console.error(`${error instanceof Error ? error.message : String(error)}\nPenggunaan: npm run trk -- ${usage}`);
        return 1;
      }
      const [file, ...extra] = parsed.positionals;
      if (!file || extra.length > 0) {
        console.error(`Sebutkan tepat satu berkas CSV.\nPenggunaan: npm run trk -- ${usage}`);
        return 1;
      }
      let content: Buffer;
      try {
        content = readFileSync(file);
      } catch {
        console.error(`Berkas tidak dapat dibaca: ${file}`);
        return 1;
      }
      const cliFile = { file, content, validOnly: parsed.values["valid-only"] ?? false, asNip: parsed.values.as };
      return withDatabase(() => runImport(options, cliFile));
    },
  };
}

type CliImportFile = { file: string; content: Buffer; validOnly: boolean; asNip?: string };

async function runImport<R extends CliImportResult>(options: CsvImportCommandOptions<R>, input: CliImportFile): Promise<number> {
  // Loaded only now: the data layer reads DATABASE_URL on first use.
  const { db } = await import("../../lib/server/db");
  const { isAppError } = await import("../../lib/server/errors");
  const { CLI_SYSTEM_ACTOR } = await import("../../lib/server/imports/import-actor");
  const { resolveCliActor } = await import("./cli-actor");
  try {
    const actor = input.asNip ? await resolveCliActor(input.asNip) : CLI_SYSTEM_ACTOR;
    if (!actor) {
      console.error(`NIP ${input.asNip} bukan akun aktif. Gunakan NIP Admin OPD atau Admin BKD yang aktif.`);
      return 1;
    }
    console.log(`Mengimpor ${input.file} sebagai ${"kind" in actor ? actor.label : `${actor.nip} (${actor.role})`}${input.validOnly ? ", hanya baris yang valid" : ""}…`);
    const result = await options.run({
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
    for (const line of options.report(result)) console.log(line);
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
