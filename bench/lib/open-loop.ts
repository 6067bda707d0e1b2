/**
 * An open-loop load: `rate` requests a second, each started at its own moment (evenly spaced, so a
 * second's requests do not arrive as one burst — autocannon's `overallRate` releases each second's
 * budget at once, which measures the queue of that burst rather than the service), whether or not
 * the earlier ones were answered. Keep-alive connections, as many as are in flight.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";

export type OpenLoopResult = { sent: number; ok: number; failed: number; latencies: number[]; firstFailure: string; seconds: number };

export async function openLoop(input: {
  origin: string;
  rate: number;
  seconds: number;
  request: (i: number) => { method: string; path: string; headers: Record<string, string>; body?: string };
  ok: (status: number, body: string) => boolean;
}): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
  const url = new URL(input.origin);
  const total = Math.round(input.rate * input.seconds);
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let firstFailure = "";
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / input.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const req = input.request(i);
    const t0 = performance.now();
    inFlight.push(
      new Promise<void>((resolve) => {
        const r = http.request({ agent, host: url.hostname, port: url.port, method: req.method, path: req.path, headers: req.headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            latencies.push(performance.now() - t0);
            const body = Buffer.concat(chunks).toString("utf8");
            if (input.ok(res.statusCode ?? 0, body)) ok++;
            else {
              failed++;
              firstFailure ||= `${res.statusCode} ${body.slice(0, 160)}`;
            }
            resolve();
          });
        });
        r.on("error", (error) => {
          failed++;
          firstFailure ||= error.message;
          resolve();
        });
        if (req.body) r.write(req.body);
        r.end();
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { sent: total, ok, failed, latencies, firstFailure, seconds: (performance.now() - start) / 1000 };
}
