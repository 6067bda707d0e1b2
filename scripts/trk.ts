/**
 * `npm run trk -- <perintah> [opsi]`: the operations command line of TRK Jabar. Each command lives
 * in scripts/trk/ and uses the same services as the web app (run with the react-server condition,
 * see package.json, so the server-only modules load). Later imports (attendance, e-SAKIP targets,
 * sanctions) add their command to COMMANDS.
 */
import "dotenv/config";
import { assignRatersCommand } from "./trk/assign-raters";
import type { TrkCommand } from "./trk/command";
import { deleteOrphanEvidenceCommand } from "./trk/delete-orphan-evidence";
import { hitungTrkCommand } from "./trk/hitung-trk";
import { importEmployeesCommand } from "./trk/import-employees";
import { importOrgTargetsCommand } from "./trk/import-org-targets";
import { runTrkCommand } from "./trk/run-trk";
import { importAttendanceCommand } from "./trk/import-attendance";
import { importSanctionsCommand } from "./trk/import-sanctions";
import { sendRemindersCommand } from "./trk/send-reminders";

const COMMANDS: Record<string, TrkCommand> = {
  "import-employees": importEmployeesCommand,
  "import-org-targets": importOrgTargetsCommand,
  "import-attendance": importAttendanceCommand,
  "import-sanctions": importSanctionsCommand,
  "send-reminders": sendRemindersCommand,
  "delete-orphan-evidence": deleteOrphanEvidenceCommand,
  "assign-raters": assignRatersCommand,
  "hitung-trk": hitungTrkCommand,
  "run-trk": runTrkCommand,
};

function usage(): string {
  const lines = ["Penggunaan: npm run trk -- <perintah> [opsi]", "", "Perintah:"];
  for (const command of Object.values(COMMANDS)) lines.push(`  ${command.usage}`, `      ${command.summary}`, "");
  lines.push("Tanpa DATABASE_URL, perintah memakai PostgreSQL tertanam (yang sedang berjalan, atau dijalankan sebentar).");
  return lines.join("\n");
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Perintah tidak dikenal: ${name}\n\n${usage()}`);
    return 1;
  }
  return command.run(args);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
