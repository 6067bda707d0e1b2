/**
 * `npm test`: unit, integration (fresh database) and end-to-end (Playwright on Debian's Chromium)
 * tests, one after the other. Without DATABASE_URL, integration and e2e tests run on an in-memory
 * embedded PostgreSQL; with it (a server on this machine), each run creates and drops its own
 * database there.
 */
import { log, run } from "./lib/run";

const suites: { name: string; command: string; args: string[] }[] = [
  { name: "unit", command: "vitest", args: ["run", "--project", "unit"] },
  { name: "integration", command: "vitest", args: ["run", "--project", "integration"] },
  { name: "e2e", command: "playwright", args: ["test"] },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const results: string[] = [];
  let failed = false;
  for (const suite of suites) {
    if (only.length > 0 && !only.includes(suite.name)) continue;
    const started = Date.now();
    log(`Tes ${suite.name}…`);
    try {
      await run(suite.command, suite.args, { label: `tes ${suite.name}` });
      results.push(`${suite.name}: lulus (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch {
      failed = true;
      results.push(`${suite.name}: GAGAL (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      break;
    }
  }
  log(results.join("\n      "));
  process.exit(failed ? 1 : 0);
}

void main();
