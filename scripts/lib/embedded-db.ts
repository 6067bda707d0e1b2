/**
 * Embedded PostgreSQL: PGlite (PostgreSQL 17 compiled to WebAssembly) served over the PostgreSQL
 * wire protocol by pglite-socket, so the app, Prisma's migrations, the seed and the tests all use the
 * ordinary pg driver and the very same code path as with a real server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const SERVER_SCRIPT = path.resolve("node_modules/@electric-sql/pglite-socket/dist/scripts/server.js");

export type EmbeddedDb = { url: string; port: number; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts PGlite on 127.0.0.1:`port`. `dir` is a folder (persisted) or "memory://" (gone on stop).
 */
export async function startEmbeddedDb(options: { dir: string; port: number; quiet?: boolean }): Promise<EmbeddedDb> {
  const { dir, port } = options;
  if (await portInUse(port)) {
    throw new Error(
      `Port ${port} sudah dipakai. Hentikan proses lain di port itu atau atur EMBEDDED_DB_PORT.`,
    );
  }
  if (!dir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const child: ChildProcess = spawn(
    process.execPath,
    [SERVER_SCRIPT, `--db=${dir}`, `--port=${port}`, "--host=127.0.0.1", "--max-connections=20"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (!options.quiet) process.stderr.write(chunk);
  });

  const deadline = Date.now() + 60_000;
  while (!output.includes("listening")) {
    if (child.exitCode !== null) throw new Error(`PGlite berhenti saat mulai:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`PGlite tidak siap dalam 60 detik:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`, port, stop };
}
