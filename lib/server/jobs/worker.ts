import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { registerBuiltInJobHandlers } from "./handlers";
import { runDueJobs } from "./run";
import { schedulerTick } from "./scheduler";

export type Worker = { workerId: string; stop: () => Promise<void> };

/**
 * The background worker of one app instance (DESIGN.md §13): every `intervalMs` a scheduler tick,
 * then claims and runs due jobs until none is left. Safe with any number of instances on one
 * database (dedupe keys and SKIP LOCKED). Never throws: a failed tick is logged and retried at the
 * next one. `stop` waits for the job in hand.
 */
export function startWorker(options: { intervalMs: number; workerId?: string; batchSize?: number }): Worker {
  registerBuiltInJobHandlers();
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const batchSize = options.batchSize ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      await schedulerTick();
    } catch (error) {
      console.error("[jobs] penjadwal gagal", error);
    }
    try {
      while (!stopped) {
        const summary = await runDueJobs({ workerId, limit: batchSize });
        if (summary.claimed < batchSize) break;
      }
    } catch (error) {
      console.error("[jobs] pengambilan pekerjaan gagal", error);
    }
  };

  const loop = () => {
    if (stopped) return;
    current = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, options.intervalMs);
    });
  };
  loop();

  return {
    workerId,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
