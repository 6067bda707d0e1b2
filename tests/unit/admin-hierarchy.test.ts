import { describe, expect, it } from "vitest";
import { checkNewParent, descendantsOf, treeOrder } from "@/lib/domain/admin/hierarchy";
import { nipPrefixRange } from "@/lib/domain/admin/nip-prefix";

// A supervisor chain / unit tree:   1 ← 2 ← 3 ← 4      (4's parent is 3, 3's is 2, 2's is 1)
//                                   1 ← 5 ← 6
const TREE = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, 3],
  [5, 1],
  [6, 5],
]);

describe("checkNewParent (supervisor chain, unit tree)", () => {
  it.each([
    ["removing the parent (head of agency, tree root)", 3, null, { ok: true }],
    ["a sibling branch", 3, 6, { ok: true }],
    ["the top of the chain", 6, 1, { ok: true }],
    ["one's current parent again", 4, 3, { ok: true }],
    ["a node outside the map (top of its own chain)", 4, 99, { ok: true }],
    ["a new node under a deep leaf", 7, 4, { ok: true }],
    ["itself", 3, 3, { ok: false, reason: "self", chain: [3] }],
    ["its direct child", 3, 4, { ok: false, reason: "cycle", chain: [4, 3] }],
    ["a grandchild", 2, 4, { ok: false, reason: "cycle", chain: [4, 3, 2] }],
    ["the root under its deepest descendant", 1, 6, { ok: false, reason: "cycle", chain: [6, 5, 1] }],
  ] as const)("hanging a node under %s", (_label, nodeId, newParentId, expected) => {
    expect(checkNewParent({ nodeId, newParentId, parentOf: TREE })).toEqual(expected);
  });

  it("refuses rather than loops when the data above already holds a loop", () => {
    const broken = new Map<number, number | null>([
      [10, 11],
      [11, 12],
      [12, 10],
    ]);
    expect(checkNewParent({ nodeId: 1, newParentId: 10, parentOf: broken })).toEqual({
      ok: false,
      reason: "brokenChain",
      chain: [10, 11, 12, 10],
    });
  });

  it("works with string ids as well", () => {
    const chain = new Map<string, string | null>([["a", null], ["b", "a"]]);
    expect(checkNewParent({ nodeId: "a", newParentId: "b", parentOf: chain }).ok).toBe(false);
    expect(checkNewParent({ nodeId: "c", newParentId: "b", parentOf: chain }).ok).toBe(true);
  });
});

describe("descendantsOf", () => {
  it.each([
    ["a leaf", 4, [4]],
    ["a middle node", 2, [2, 3, 4]],
    ["the root", 1, [1, 2, 3, 4, 5, 6]],
    ["an unknown node", 42, [42]],
  ] as const)("of %s", (_label, root, expected) => {
    expect([...descendantsOf(root, TREE)].sort()).toEqual([...expected].sort());
  });
});

describe("treeOrder", () => {
  it("lists parents before children, depth first, keeping sibling order", () => {
    const rows = [
      { id: 5, parentId: 1 },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 1, parentId: null },
      { id: 6, parentId: 5 },
    ];
    expect(treeOrder(rows).map(({ row, depth }) => `${row.id}@${depth}`)).toEqual(["1@0", "5@1", "6@2", "2@1", "3@2"]);
  });

  it("treats a row whose parent is not in the list as a root", () => {
    expect(treeOrder([{ id: 3, parentId: 99 }]).map(({ row, depth }) => [row.id, depth])).toEqual([[3, 0]]);
  });
});

describe("nipPrefixRange", () => {
  it.each([
    ["a date prefix", "19700115", { gte: "19700115", lt: "19700116" }],
    ["a trailing 9 carries", "1979", { gte: "1979", lt: "1980" }],
    ["several 9s carry", "19899", { gte: "19899", lt: "19900" }],
    ["one digit", "2", { gte: "2", lt: "3" }],
    ["all nines has no upper bound", "999", { gte: "999" }],
    ["a full NIP", "199509032020031001", { gte: "199509032020031001", lt: "199509032020031002" }],
  ] as const)("%s", (_l, prefix, expected) => {
    expect(nipPrefixRange(prefix)).toEqual(expected);
  });

  it.each(["19a", "", " 19"])("refuses a non-digit prefix %j", (prefix) => {
    expect(() => nipPrefixRange(prefix)).toThrow();
  });

  it("every NIP with the prefix lies inside the range, and neighbours outside", () => {
    const { gte, lt } = nipPrefixRange("1979");
    const inside = (nip: string) => nip >= gte && (lt === undefined || nip < lt);
    expect(["197900000000000000", "197912312020031999"].every(inside)).toBe(true);
    expect(["197899999999999999", "198000000000000000"].some(inside)).toBe(false);
  });
});
