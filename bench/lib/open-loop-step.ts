/**
 * One step of bench:province's rate search in its own process (`tsx bench/lib/open-loop-step.ts`,
 * input as JSON on stdin, result as JSON on stdout): an open loop that overloads the server leaves
 * the generating process slow for minutes, which skewed everything measured after it in-process.
 */
import { actionBody, actionHeaders, actionSucceeded, ACTIVITY_PAGE, nthSubmission } from "./activity-action";
import { percentile } from "./app-servers";
import { openLoop } from "./open-loop";

export type StepInput = { origin: string; actionId: string; cookies: string[]; dates: string[]; rate: number; seconds: number; offset: number };
export type StepResult = { sent: number; ok: number; failed: number; seconds: number; p50: number; p95: number; firstFailure: string };

async function main(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as StepInput;
  const result = await openLoop({
    origin: input.origin,
    rate: input.rate,
    seconds: input.seconds,
    request: (i) => {
      const { employee, fields } = nthSubmission(input.offset + i, { employees: input.cookies.length, dates: input.dates, prefix: "bench-http" });
      const { body, contentType } = actionBody(fields);
      return { method: "POST", path: ACTIVITY_PAGE, body, headers: actionHeaders({ actionId: input.actionId, origin: input.origin, cookie: input.cookies[employee]!, contentType }) };
    },
    ok: actionSucceeded,
  });
  const out: StepResult = {
    sent: result.sent,
    ok: result.ok,
    failed: result.failed,
    seconds: result.seconds,
    p50: percentile(result.latencies, 50),
    p95: percentile(result.latencies, 95),
    firstFailure: result.firstFailure,
  };
  process.stdout.write(JSON.stringify(out));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
