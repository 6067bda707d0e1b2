/**
 * The production web server: Next's request handler behind a plain Node HTTP server, so that the
 * client address is the socket's, not whatever a client writes into X-Forwarded-For (Next only
 * fills that header when it is missing). Without TRUST_PROXY the header is replaced by the peer
 * address; with it (behind a reverse proxy) the peer is appended, as a proxy chain would.
 *
 * Unless told otherwise (JOBS_WORKER=false), it also runs the background-job worker
 * (scripts/worker.ts) as a child process, restarted if it dies, stopped with the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";
import next from "next";

export function forwardedFor(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  const existing = req.headers["x-forwarded-for"];
  const chain = Array.isArray(existing) ? existing.join(", ") : existing;
  return trustProxy && chain ? `${chain}, ${peer}` : peer;
}

/** Runs scripts/worker.ts and restarts it after a pause when it exits unexpectedly. */
function superviseWorker(): { stop: () => Promise<void> } {
  let child: ChildProcess | undefined;
  let stopping = false;
  let restart: NodeJS.Timeout | undefined;
  const start = () => {
    child = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env: process.env });
    child.on("exit", (code, signal) => {
      child = undefined;
      if (stopping) return;
      console.error(`[jobs] pekerja berhenti (kode ${code ?? signal}); dijalankan ulang dalam 10 detik.`);
      restart = setTimeout(start, 10_000);
    });
  };
  start();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (restart) clearTimeout(restart);
        if (!child) return resolve();
        const timeout = setTimeout(() => {
          child?.kill("SIGKILL");
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timeout);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}

export async function serve(options: { port: number; trustProxy: boolean; hostname?: string; jobsWorker?: boolean }): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers["x-forwarded-for"] = forwardedFor(req, options.trustProxy);
    delete req.headers["x-real-ip"];
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Node's default accept backlog (511) overflows when a month-end burst opens more connections at
    // once than the event loop accepts (bench:burst: connection resets, submissions never received);
    // the kernel caps this at net.core.somaxconn.
    server.listen({ port: options.port, backlog: 4096 }, () => resolve());
  });
  console.log(`▲ TRK Jabar siap di http://localhost:${options.port}`);
  const worker = options.jobsWorker ? superviseWorker() : undefined;
  if (!worker) console.log("[jobs] pekerja latar belakang tidak dijalankan (JOBS_WORKER=false).");
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void (worker?.stop() ?? Promise.resolve()).then(() => server.close(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
