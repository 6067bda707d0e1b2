/**
 * `tsx --conditions=react-server scripts/worker.ts`: the background-job worker (lib/server/jobs),
 * started by the production server (scripts/lib/serve.ts) unless JOBS_WORKER=false. Its own process
 * because the services it runs are marked server-only, which loads only under the react-server
 * condition that Next's own server must not run under. Stops cleanly on SIGTERM/SIGINT.
 */
import "dotenv/config";
import { env } from "../lib/env";

async function main(): Promise<void> {
  const config = env();
  const { startWorker } = await import("../lib/server/jobs/worker");
  const { db } = await import("../lib/server/db");
  const worker = startWorker({ intervalMs: config.JOBS_POLL_INTERVAL_SECONDS * 1000 });
  console.log(`[jobs] pekerja ${worker.workerId} berjalan (setiap ${config.JOBS_POLL_INTERVAL_SECONDS} detik).`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void worker
      .stop()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
