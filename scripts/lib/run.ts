import { spawn } from "node:child_process";
import path from "node:path";

/** Runs a command (a binary of node_modules/.bin or a path) and resolves when it exits with 0. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; label?: string } = {},
): Promise<void> {
  const local = path.resolve("node_modules/.bin", command);
  const bin = command.includes("/") ? command : local;
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: "inherit", env: options.env ?? process.env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${options.label ?? command} gagal (kode ${code ?? signal}).`));
    });
  });
}

export function log(message: string): void {
  process.stdout.write(`\x1b[36m[trk]\x1b[0m ${message}\n`);
}
