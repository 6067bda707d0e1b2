/**
 * One more production server (scripts/serve.ts) from the existing build, for tests and benchmarks
 * that need several instances on one database. Node itself runs it with tsx's loader (not the tsx
 * wrapper), so that a signal reaches the server process and nothing is left behind.
 */
import { spawn, type ChildProcess } from "node:child_process";

export type AppServer = { port: number; url: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts scripts/serve.ts on `port` with `env` over this process's environment, and resolves when
 * it answers `readyPath` with anything below 500. The caller gives DATABASE_URL, AUTH_SECRET,
 * APP_URL and the rest; PORT and NODE_ENV are set here.
 */
export async function startAppServer(input: {
  port: number;
  env: Record<string, string | undefined>;
  readyPath?: string;
  timeoutMs?: number;
  stdout?: "ignore" | "inherit";
}): Promise<AppServer> {
  const url = `http://localhost:${input.port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    stdio: ["ignore", input.stdout ?? "ignore", "inherit"],
    env: { ...process.env, ...input.env, NODE_ENV: "production", PORT: String(input.port) },
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    });
  const deadline = Date.now() + (input.timeoutMs ?? 120_000);
  for (;;) {
    if (exited) throw new Error(`server on port ${input.port} exited during start`);
    try {
      const res = await fetch(`${url}${input.readyPath ?? "/login"}`, { redirect: "manual" });
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server on port ${input.port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { port: input.port, url, process: child, stop };
}
