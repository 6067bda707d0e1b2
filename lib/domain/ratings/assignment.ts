import type { RaterRole } from "./config";
import { DEFAULT_MAX_PEERS } from "./config";

/**
 * Who rates whom in a month (DESIGN.md §7).
 *
 * Input: the organisation of the month — every employee who takes part (employed in the month, with
 * an active account) with their direct supervisor's id (null for a head of agency). Output: the
 * rater assignments, the role being the rater's relation to the ratee:
 *
 * - ATASAN: the ratee's direct supervisor rates them (when the supervisor takes part);
 * - BAWAHAN: each direct subordinate (who takes part) rates their supervisor;
 * - REKAN: up to `maxPeers` (default 3) peers — others with the same supervisor — rate them.
 *
 * The peer rule, which spreads the load evenly and is the same every time it is run for a month:
 * the members of each sibling group (same supervisor; heads of agency form no group) are put in a
 * cyclic order by a seeded hash of (year, month, employee id), ties broken by id. With n members
 * and k = min(maxPeers, n − 1), the member at position i is rated by the members at positions
 * i+1 … i+k (mod n). So everyone rates exactly k peers and is rated by exactly k peers; nobody
 * rates themself (k ≤ n − 1); the order, and therefore the result, does not depend on the order of
 * the input; and because the hash changes with the month, so do the peer pairs.
 *
 * A directed pair (rater, ratee) appears at most once: the first role wins in the order ATASAN,
 * BAWAHAN, REKAN (siblings are never each other's supervisor in a valid organisation, so this
 * only guards against inconsistent data). Self-supervision and supervisor cycles of length 2 are
 * ignored the same way.
 */
export type OrgMember = { id: number; supervisorId: number | null };

export type Assignment = { raterId: number; rateeId: number; role: RaterRole };

/** 32-bit mix (the finaliser of MurmurHash3): cheap, well spread, deterministic on every platform. */
function mix32(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b) >>> 0;
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

/** The seeded hash that orders a sibling group for one month. */
export function peerOrderHash(input: { year: number; month: number; employeeId: number }): number {
  const seed = mix32(Math.imul(input.year, 12) + input.month + 0x9e3779b9);
  return mix32(seed ^ mix32(input.employeeId + 0x7f4a7c15));
}

/** The cyclic order of one sibling group for a month. */
export function peerOrder(ids: readonly number[], period: { year: number; month: number }): number[] {
  return [...new Set(ids)]
    .map((id) => ({ id, h: peerOrderHash({ ...period, employeeId: id }) }))
    .sort((a, b) => a.h - b.h || a.id - b.id)
    .map((x) => x.id);
}

export function assignRaters(input: {
  year: number;
  month: number;
  members: readonly OrgMember[];
  maxPeers?: number;
}): Assignment[] {
  const maxPeers = Math.max(0, Math.floor(input.maxPeers ?? DEFAULT_MAX_PEERS));
  const byId = new Map<number, OrgMember>();
  for (const m of input.members) if (!byId.has(m.id)) byId.set(m.id, m);
  const members = [...byId.values()].sort((a, b) => a.id - b.id);

  const out: Assignment[] = [];
  const seen = new Set<string>();
  const push = (raterId: number, rateeId: number, role: RaterRole) => {
    if (raterId === rateeId) return;
    const key = `${raterId}:${rateeId}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ raterId, rateeId, role });
  };

  // Supervisor and subordinates: both directions of every supervision edge inside the month's members.
  for (const m of members) {
    if (m.supervisorId == null || m.supervisorId === m.id || !byId.has(m.supervisorId)) continue;
    push(m.supervisorId, m.id, "ATASAN");
  }
  for (const m of members) {
    if (m.supervisorId == null || m.supervisorId === m.id || !byId.has(m.supervisorId)) continue;
    push(m.id, m.supervisorId, "BAWAHAN");
  }

  // Peers: sibling groups by supervisor (the supervisor need not take part themself).
  const groups = new Map<number, number[]>();
  for (const m of members) {
    if (m.supervisorId == null || m.supervisorId === m.id) continue;
    let group = groups.get(m.supervisorId);
    if (!group) groups.set(m.supervisorId, (group = []));
    group.push(m.id);
  }
  const supervisors = [...groups.keys()].sort((a, b) => a - b);
  for (const supervisorId of supervisors) {
    const order = peerOrder(groups.get(supervisorId)!, input);
    const n = order.length;
    const k = Math.min(maxPeers, n - 1);
    for (let i = 0; i < n; i++) {
      for (let step = 1; step <= k; step++) push(order[(i + step) % n]!, order[i]!, "REKAN");
    }
  }
  return out;
}
