/**
 * `npm run trk -- hitung-trk <input.json>`: the allowance of one employee-month through the very
 * calculator of the runs (DESIGN.md §8.3), printed as the breakdown JSON. No database. The input
 * schema is in the README ("Kalkulator TRK"); exit code 1 on a bad file.
 */
import { readFileSync } from "node:fs";
import "../../lib/zod-locale";
import { calculateAllowance } from "../../lib/domain/remuneration/calculate";
import { breakdownJson, parseCalculatorInput } from "../../lib/domain/remuneration/calculator-input";
import type { TrkCommand } from "./command";

export const hitungTrkCommand: TrkCommand = {
  usage: "hitung-trk <input.json>",
  summary: "Hitung TRK satu pegawai untuk satu bulan dari berkas JSON dan cetak rinciannya (tanpa basis data).",
  run: async (args) => {
    if (args.length !== 1) {
      console.error(`Sebutkan tepat satu berkas JSON.\nPenggunaan: npm run trk -- ${hitungTrkCommand.usage}`);
      return 1;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(args[0]!, "utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      console.error(error instanceof SyntaxError ? `Berkas bukan JSON yang valid: ${error.message}` : `Berkas tidak dapat dibaca: ${args[0]}`);
      return 1;
    }
    const parsed = parseCalculatorInput(raw);
    if (!parsed.ok) {
      for (const e of parsed.errors) console.error(e);
      return 1;
    }
    try {
      console.log(breakdownJson(calculateAllowance(parsed.input)));
      return 0;
    } catch (error) {
      console.error(error instanceof RangeError ? error.message : String(error));
      return 1;
    }
  },
};
