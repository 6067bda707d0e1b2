/**
 * Sending activity submissions through the real server-action path and summarising the answers,
 * for bench/end-of-month-burst.ts.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { ACTIVITY_PAGE, actionBody, actionHeaders, actionSucceeded, type ActivityFields } from "./activity-action";
import { percentile, type AppServer } from "./app-servers";

export type Outcome = { id: string; status: number; ok: boolean; ms: number; error?: string };

export const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

export async function send(server: AppServer, input: { actionId: string; cookie: string; fields: ActivityFields }): Promise<Outcome> {
  const { body, contentType } = actionBody(input.fields);
  const t0 = performance.now();
  try {
    const res = await fetch(`${server.url}${ACTIVITY_PAGE}`, {
      method: "POST",
      body,
      headers: actionHeaders({ actionId: input.actionId, origin: server.url, cookie: input.cookie, contentType }),
    });
    const text = await res.text();
    return { id: input.fields.clientRequestId, status: res.status, ok: actionSucceeded(res.status, text), ms: performance.now() - t0 };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return { id: input.fields.clientRequestId, status: 0, ok: false, ms: performance.now() - t0, error: `${String(error)}${cause ? ` (${String(cause)})` : ""}` };
  }
}

export function summary(label: string, outcomes: Outcome[], wallMs: number): void {
  const times = outcomes.map((o) => o.ms);
  const by = (f: (o: Outcome) => boolean) => outcomes.filter(f).length;
  console.log(
    `${label}: ${outcomes.length} requests in ${(wallMs / 1000).toFixed(1)} s — ok ${by((o) => o.ok)}, not ok ${by((o) => !o.ok && o.status > 0 && o.status < 500)}, ` +
      `5xx ${by((o) => o.status >= 500)}, connection errors ${by((o) => o.status === 0)}; p50 ${percentile(times, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(times, 95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; load ${load()}`,
  );
  const firstError = outcomes.find((o) => o.error)?.error;
  if (firstError) console.log(`  first connection error: ${firstError}`);
}
