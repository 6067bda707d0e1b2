import { describe, expect, it } from "vitest";
import { assignRaters, peerOrder, type Assignment, type OrgMember } from "@/lib/domain/ratings/assignment";

const P = { year: 2026, month: 12 };

/** head 1 with `n` direct subordinates 2 … n+1. */
const star = (n: number): OrgMember[] => [{ id: 1, supervisorId: null }, ...Array.from({ length: n }, (_, i) => ({ id: i + 2, supervisorId: 1 }))];
/** 1 ← 2 ← 3 ← … ← n, each supervising the next. */
const chain = (n: number): OrgMember[] => Array.from({ length: n }, (_, i) => ({ id: i + 1, supervisorId: i === 0 ? null : i }));
/** A mixed agency: head, 4 bidang heads, each with a different number of staff, ids shuffled. */
function agency(): OrgMember[] {
  const out: OrgMember[] = [{ id: 500, supervisorId: null }];
  const sizes = [0, 1, 2, 7];
  let next = 900;
  sizes.forEach((size, b) => {
    const kabid = 600 + b * 7;
    out.push({ id: kabid, supervisorId: 500 });
    for (let s = 0; s < size; s++) out.push({ id: (next -= 13), supervisorId: kabid });
  });
  return out;
}

const key = (a: Assignment) => `${a.raterId}>${a.rateeId}`;
const peers = (as: Assignment[]) => as.filter((a) => a.role === "REKAN");
const count = (ids: number[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<number, number>());
const shuffle = <T,>(xs: T[], seed: number) => {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

/** Properties every assignment must have, whatever the shape. */
function checkInvariants(members: OrgMember[], result: Assignment[], k: number) {
  const byId = new Map(members.map((m) => [m.id, m]));
  // Nobody rates themself; no directed pair twice.
  expect(result.every((a) => a.raterId !== a.rateeId)).toBe(true);
  expect(new Set(result.map(key)).size).toBe(result.length);
  for (const m of members) {
    const received = result.filter((a) => a.rateeId === m.id);
    // The direct supervisor, exactly once, when there is one.
    const atasan = received.filter((a) => a.role === "ATASAN").map((a) => a.raterId);
    expect(atasan).toEqual(m.supervisorId == null ? [] : [m.supervisorId]);
    // Every direct subordinate, as BAWAHAN.
    const subs = members.filter((s) => s.supervisorId === m.id).map((s) => s.id).sort((a, b) => a - b);
    expect(received.filter((a) => a.role === "BAWAHAN").map((a) => a.raterId).sort((a, b) => a - b)).toEqual(subs);
    // Peers share the supervisor; a head has none; exactly min(k, n−1) received.
    const peerRaters = received.filter((a) => a.role === "REKAN").map((a) => a.raterId);
    if (m.supervisorId == null) expect(peerRaters).toEqual([]);
    for (const r of peerRaters) expect(byId.get(r)!.supervisorId).toBe(m.supervisorId);
    if (m.supervisorId != null) {
      const siblings = members.filter((s) => s.supervisorId === m.supervisorId).length;
      expect(peerRaters).toHaveLength(Math.min(k, siblings - 1));
      expect(result.filter((a) => a.role === "REKAN" && a.raterId === m.id)).toHaveLength(Math.min(k, siblings - 1));
    }
  }
  // No peer is asked for more than k ratings.
  const load = count(peers(result).map((a) => a.raterId));
  expect(Math.max(0, ...load.values())).toBeLessThanOrEqual(k);
}

describe("assignRaters", () => {
  it.each([
    ["one person (a head alone)", [{ id: 7, supervisorId: null }]],
    ["a pair (head and one subordinate)", star(1)],
    ["a sibling group of 2", star(2)],
    ["a sibling group of 4 (k = n − 1)", star(4)],
    ["a sibling group of 40", star(40)],
    ["a deep chain of 30", chain(30)],
    ["a mixed agency with groups of 0, 1, 2 and 7", agency()],
  ])("%s: supervisor, subordinates, min(k, n−1) peers each way, nobody rates themself", (_label, members) => {
    checkInvariants(members, assignRaters({ ...P, members }), 3);
  });

  it("one person gets no rater and rates nobody", () => {
    expect(assignRaters({ ...P, members: [{ id: 7, supervisorId: null }] })).toEqual([]);
  });

  it("a pair: the supervisor rates as ATASAN, the subordinate as BAWAHAN, no peers", () => {
    expect(assignRaters({ ...P, members: star(1) })).toEqual([
      { raterId: 1, rateeId: 2, role: "ATASAN" },
      { raterId: 2, rateeId: 1, role: "BAWAHAN" },
    ]);
  });

  it("a group of 40: everyone rates exactly 3 peers and receives exactly 3; the head has 40 BAWAHAN raters", () => {
    const result = assignRaters({ ...P, members: star(40) });
    const given = count(peers(result).map((a) => a.raterId));
    const received = count(peers(result).map((a) => a.rateeId));
    expect(given.size).toBe(40);
    expect([...given.values()].every((n) => n === 3)).toBe(true);
    expect([...received.values()].every((n) => n === 3)).toBe(true);
    expect(result.filter((a) => a.rateeId === 1 && a.role === "BAWAHAN")).toHaveLength(40);
    expect(result).toHaveLength(40 + 40 + 120);
  });

  it.each([0, 1, 2, 5, 50])("maxPeers %i bounds the peer load of everyone", (k) => {
    const members = star(12);
    const result = assignRaters({ ...P, members, maxPeers: k });
    checkInvariants(members, result, k);
  });

  it("a deep chain has no peers at all (every group has one member)", () => {
    const result = assignRaters({ ...P, members: chain(30) });
    expect(peers(result)).toEqual([]);
    expect(result).toHaveLength(2 * 29);
  });

  it("is the same for the same month whatever the input order", () => {
    const members = agency().concat(star(40).map((m) => ({ id: m.id + 10_000, supervisorId: m.supervisorId == null ? 500 : m.supervisorId + 10_000 })));
    const sorted = (as: Assignment[]) => as.map((a) => `${key(a)}:${a.role}`).sort();
    const first = sorted(assignRaters({ ...P, members }));
    for (const seed of [1, 2, 3]) expect(sorted(assignRaters({ ...P, members: shuffle(members, seed) }))).toEqual(first);
    expect(sorted(assignRaters({ ...P, members: [...members].reverse() }))).toEqual(first);
  });

  it("changes the peer pairs from month to month (seeded by year and month)", () => {
    const members = star(40);
    const pairs = (month: number) => new Set(peers(assignRaters({ year: 2026, month, members })).map(key));
    const dec = pairs(12);
    const nov = pairs(11);
    expect([...dec].filter((p) => nov.has(p)).length).toBeLessThan(dec.size);
    expect(peerOrder([2, 3, 4, 5], { year: 2026, month: 1 })).toEqual(peerOrder([5, 4, 3, 2], { year: 2026, month: 1 }));
  });

  it("a supervisor who does not take part: no ATASAN rater, the siblings still rate each other", () => {
    const members = [{ id: 2, supervisorId: 1 }, { id: 3, supervisorId: 1 }];
    expect(assignRaters({ ...P, members }).map((a) => `${key(a)}:${a.role}`).sort()).toEqual(["2>3:REKAN", "3>2:REKAN"]);
  });

  it("ignores self-supervision and a 2-cycle without duplicating a pair", () => {
    const result = assignRaters({ ...P, members: [{ id: 1, supervisorId: 1 }, { id: 2, supervisorId: 3 }, { id: 3, supervisorId: 2 }] });
    expect(result.every((a) => a.raterId !== a.rateeId)).toBe(true);
    expect(new Set(result.map(key)).size).toBe(result.length);
    expect(result.map((a) => `${key(a)}:${a.role}`).sort()).toEqual(["2>3:ATASAN", "3>2:ATASAN"]);
  });

  it("handles 60,000 employees quickly", () => {
    const members: OrgMember[] = [{ id: 1, supervisorId: null }];
    for (let id = 2; id <= 60_000; id++) members.push({ id, supervisorId: Math.floor(id / 8) || 1 });
    const started = Date.now();
    const result = assignRaters({ ...P, members });
    expect(Date.now() - started).toBeLessThan(5_000);
    const load = count(peers(result).map((a) => a.raterId));
    expect(Math.max(...load.values())).toBe(3);
  });
});
