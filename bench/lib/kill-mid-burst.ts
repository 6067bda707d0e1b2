/**
 * Phase 2 of bench/end-of-month-burst.ts: two instances take half the submissions each, through
 * CONNECTIONS concurrent clients per instance (as users behind a load balancer keep sending); once
 * instance b has answered `killAfterAcks` submissions with {"ok":true}, it is killed (SIGKILL) with
 * its clients' requests still in flight. What b had not yet been sent goes to a (the balancer
 * routes around a dead instance). Then every submission b acknowledged must be in the database;
 * those in flight at the kill are counted as stored-but-unacknowledged or lost-and-unacknowledged,
 * and are resent to a with the same clientRequestId (what the activity form does on a retry):
 * afterwards the database must hold every submission exactly once.
 */
import { performance } from "node:perf_hooks";
import type { nthSubmission } from "./activity-action";
import type { AppServer } from "./app-servers";
import { send, summary, type Outcome } from "./burst";

type Submission = ReturnType<typeof nthSubmission>;
type Sent = Outcome & { to: "a" | "b"; rerouted: boolean };

export type KillReport = {
  failures: number;
  ackedByB: number;
};

export async function killMidBurst(input: {
  a: AppServer;
  b: AppServer;
  forA: Submission[];
  forB: Submission[];
  actionId: string;
  cookies: string[];
  connections: number;
  killAfterAcks: number;
  /** The clientRequestIds of this phase found in the database, and how many rows they have. */
  stored: () => Promise<{ ids: Set<string>; rows: number }>;
}): Promise<KillReport> {
  const { a, b } = input;
  const sent: Sent[] = [];
  const inFlightOnB = new Set<string>();
  let ackedByB = 0;
  let killedAt: { ms: number; inFlight: Set<string>; unsent: number } | null = null;
  const t0 = performance.now();
  let nextB = 0;

  const post = async (to: "a" | "b", s: Submission, rerouted = false) => {
    const server = to === "a" ? a : b;
    if (to === "b") inFlightOnB.add(s.fields.clientRequestId);
    const outcome = await send(server, { actionId: input.actionId, cookie: input.cookies[s.employee]!, fields: s.fields });
    inFlightOnB.delete(s.fields.clientRequestId);
    sent.push({ ...outcome, to, rerouted });
    if (to === "b" && outcome.ok && !killedAt) {
      ackedByB++;
      if (ackedByB >= input.killAfterAcks) {
        killedAt = { ms: performance.now() - t0, inFlight: new Set(inFlightOnB), unsent: input.forB.length - nextB };
        b.process.kill("SIGKILL");
      }
    }
  };
  const clientsOfA = async (queue: Submission[]) => {
    let next = 0;
    await Promise.all(Array.from({ length: input.connections }, async () => {
      while (next < queue.length) await post("a", queue[next++]!);
    }));
  };
  const clientsOfB = async () => {
    await Promise.all(Array.from({ length: input.connections }, async () => {
      while (nextB < input.forB.length) {
        const s = input.forB[nextB++]!;
        await post(killedAt ? "a" : "b", s, !!killedAt);
      }
    }));
  };
  await Promise.all([clientsOfA(input.forA), clientsOfB()]);
  summary(`Burst, two instances (${input.connections} clients each), b killed after ${input.killAfterAcks} acknowledgements`, sent, performance.now() - t0);

  let failures = 0;
  const kill = killedAt as { ms: number; inFlight: Set<string>; unsent: number } | null;
  if (!kill) {
    console.log(`  b never reached ${input.killAfterAcks} acknowledgements (${ackedByB}): nothing was killed`);
    return { failures: 1, ackedByB };
  }
  const { ids } = await input.stored();
  const fromB = sent.filter((o) => o.to === "b");
  const acked = fromB.filter((o) => o.ok);
  const ackedMissing = acked.filter((o) => !ids.has(o.id));
  const refusedByB = fromB.filter((o) => !o.ok && !kill.inFlight.has(o.id));
  // An answer already on its way in when b died still counts as acknowledged, not as in flight.
  const ackedIds = new Set(acked.map((o) => o.id));
  const inFlight = [...kill.inFlight].filter((id) => !ackedIds.has(id));
  const storedUnacked = inFlight.filter((id) => ids.has(id));
  const lostUnacked = inFlight.filter((id) => !ids.has(id));
  const toA = sent.filter((o) => o.to === "a" && !o.rerouted);
  const rerouted = sent.filter((o) => o.rerouted);
  console.log(`  b killed (SIGKILL) at ${(kill.ms / 1000).toFixed(1)} s on its ${input.killAfterAcks}th acknowledgement; ${acked.length - input.killAfterAcks} more answers of b were already received and read after the signal`);
  console.log(`  at the kill: ${inFlight.length} of b's requests unanswered in flight, ${kill.unsent} not yet sent (then sent to a)`);
  console.log(`  acknowledged by b: ${acked.length}; of those in the database: ${acked.length - ackedMissing.length}; acknowledged but missing: ${ackedMissing.length}`);
  console.log(`  in flight on b at the kill: ${inFlight.length} — stored but unacknowledged ${storedUnacked.length}, lost and unacknowledged ${lostUnacked.length}`);
  console.log(`  answered by b with an error before the kill: ${refusedByB.length}`);
  console.log(`  a: ${toA.filter((o) => o.ok).length} of its ${toA.length} acknowledged, ${rerouted.filter((o) => o.ok).length} of ${rerouted.length} rerouted from b acknowledged`);
  if (ackedMissing.length > 0) failures++;
  if (refusedByB.length > 0) failures++;
  const refusedByA = [...toA, ...rerouted].filter((o) => !o.ok);
  if (refusedByA.length > 0) {
    console.log(`  a refused ${refusedByA.length} submissions (status ${refusedByA[0]!.status})`);
    failures++;
  }

  // The users whose requests were cut off send them again, to the surviving instance.
  const byId = new Map(input.forB.map((s) => [s.fields.clientRequestId, s]));
  const t1 = performance.now();
  const resent = await Promise.all(inFlight.map((id) => send(a, { actionId: input.actionId, cookie: input.cookies[byId.get(id)!.employee]!, fields: byId.get(id)!.fields })));
  summary(`  resent to a (same clientRequestId)`, resent, performance.now() - t1);
  const after = await input.stored();
  const total = input.forA.length + input.forB.length;
  console.log(`  after the resend: ${after.rows} rows, ${after.ids.size} distinct (expected ${total} once each); resends acknowledged ${resent.filter((o) => o.ok).length} of ${resent.length}`);
  if (after.rows !== total || after.ids.size !== total || resent.some((o) => !o.ok)) failures++;
  return { failures, ackedByB };
}
