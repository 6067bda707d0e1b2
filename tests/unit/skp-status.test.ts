import { describe, expect, it } from "vitest";
import { SKP_ACTIONS, SKP_RELATIONS, SKP_STATUSES, skpTransition, type SkpAction, type SkpRelation, type SkpStatus } from "@/lib/domain/skp/status";

/** Every legal (state, actor, action) and where it leads (DESIGN.md §4); everything else is refused. */
const LEGAL: [SkpStatus, SkpRelation, SkpAction, SkpStatus][] = [
  ["DRAFT", "OWNER", "EDIT", "DRAFT"],
  ["DIKEMBALIKAN", "OWNER", "EDIT", "DIKEMBALIKAN"],
  ["DRAFT", "OWNER", "SUBMIT", "DIAJUKAN"],
  ["DIKEMBALIKAN", "OWNER", "SUBMIT", "DIAJUKAN"],
  ["DIAJUKAN", "APPROVER", "APPROVE", "DISETUJUI"],
  ["DIAJUKAN", "APPROVER", "RETURN", "DIKEMBALIKAN"],
  ["DISETUJUI", "OWNER", "REVISE", "DRAFT"],
];

/** Who each action belongs to; anyone else is FORBIDDEN whatever the state. */
const ACTOR_OF: Record<SkpAction, SkpRelation> = { EDIT: "OWNER", SUBMIT: "OWNER", APPROVE: "APPROVER", RETURN: "APPROVER", REVISE: "OWNER" };

const all = SKP_STATUSES.flatMap((status) => SKP_RELATIONS.flatMap((relation) => SKP_ACTIONS.map((action) => ({ status, relation, action }))));

describe("skpTransition (DESIGN.md §4)", () => {
  it("covers 4 states × 3 relations × 5 actions", () => {
    expect(all).toHaveLength(60);
  });

  it.each(all)("$relation $action on $status", ({ status, relation, action }) => {
    const legal = LEGAL.find(([s, r, a]) => s === status && r === relation && a === action);
    const result = skpTransition({ status, relation, action });
    if (legal) {
      expect(result).toEqual({ ok: true, to: legal[3] });
    } else if (relation !== ACTOR_OF[action]) {
      expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    } else {
      expect(result).toMatchObject({ ok: false, reason: "INVALID_STATE" });
    }
    if (!result.ok) expect(result.message).toMatch(/[a-z]/);
  });

  it.each([
    ["an approver cannot edit a submitted SKP", "DIAJUKAN", "APPROVER", "EDIT", "FORBIDDEN"],
    ["the owner cannot approve their own SKP", "DIAJUKAN", "OWNER", "APPROVE", "FORBIDDEN"],
    ["the owner cannot edit a submitted SKP", "DIAJUKAN", "OWNER", "EDIT", "INVALID_STATE"],
    ["an approved SKP is not approved twice", "DISETUJUI", "APPROVER", "APPROVE", "INVALID_STATE"],
    ["a draft cannot be returned", "DRAFT", "APPROVER", "RETURN", "INVALID_STATE"],
    ["a draft is not revised", "DRAFT", "OWNER", "REVISE", "INVALID_STATE"],
    ["a stranger learns nothing about the state", "DISETUJUI", "OTHER", "APPROVE", "FORBIDDEN"],
  ] as const)("%s", (_label, status, relation, action, reason) => {
    expect(skpTransition({ status, relation, action })).toMatchObject({ ok: false, reason });
  });
});
