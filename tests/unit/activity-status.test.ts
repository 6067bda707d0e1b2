import { describe, expect, it } from "vitest";
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_RELATIONS,
  ACTIVITY_STATUSES,
  LOCKED_MESSAGE,
  activityTransition,
  type ActivityAction,
  type ActivityRelation,
  type ActivityStatus,
} from "@/lib/domain/activities/status";

/** Every legal (state, relation, action) in an open month and where it leads (DESIGN.md §5). */
const LEGAL: [ActivityStatus, ActivityRelation, ActivityAction, ActivityStatus | "DELETED"][] = [
  ["DRAFT", "OWNER", "EDIT", "DRAFT"],
  ["DITOLAK", "OWNER", "EDIT", "DITOLAK"],
  ["DRAFT", "OWNER", "DELETE", "DELETED"],
  ["DITOLAK", "OWNER", "DELETE", "DELETED"],
  ["DRAFT", "OWNER", "SUBMIT", "DIAJUKAN"],
  ["DITOLAK", "OWNER", "SUBMIT", "DIAJUKAN"],
  ["DIAJUKAN", "REVIEWER", "APPROVE", "DISETUJUI"],
  ["DIAJUKAN", "REVIEWER", "REJECT", "DITOLAK"],
];

/** Whose each action is; anyone else is FORBIDDEN whatever the state or lock. */
const ACTOR_OF: Record<ActivityAction, ActivityRelation> = { EDIT: "OWNER", DELETE: "OWNER", SUBMIT: "OWNER", APPROVE: "REVIEWER", REJECT: "REVIEWER" };

type Expected = { ok: true; to: ActivityStatus | "DELETED" } | { ok: false; reason: "FORBIDDEN" | "INVALID_STATE" | "LOCKED" };

/** The full table: 4 states × 3 relations × 5 actions × open/locked = 120 rows. */
const TABLE: { status: ActivityStatus; relation: ActivityRelation; action: ActivityAction; monthLocked: boolean; expected: Expected }[] = ACTIVITY_STATUSES.flatMap((status) =>
  ACTIVITY_RELATIONS.flatMap((relation) =>
    ACTIVITY_ACTIONS.flatMap((action) =>
      [false, true].map((monthLocked) => {
        const legal = LEGAL.find(([s, r, a]) => s === status && r === relation && a === action);
        const expected: Expected =
          relation !== ACTOR_OF[action]
            ? { ok: false, reason: "FORBIDDEN" }
            : monthLocked
              ? { ok: false, reason: "LOCKED" }
              : legal
                ? { ok: true, to: legal[3] }
                : { ok: false, reason: "INVALID_STATE" };
        return { status, relation, action, monthLocked, expected };
      }),
    ),
  ),
);

describe("activityTransition (DESIGN.md §5)", () => {
  it("covers 4 states × 3 relations × 5 actions × open/locked, with exactly 8 legal moves", () => {
    expect(TABLE).toHaveLength(120);
    expect(TABLE.filter((row) => row.expected.ok)).toHaveLength(8);
  });

  it.each(TABLE)("$relation $action on $status (locked: $monthLocked) → $expected", ({ status, relation, action, monthLocked, expected }) => {
    const result = activityTransition({ status, relation, action, monthLocked });
    if (expected.ok) {
      expect(result).toEqual(expected);
    } else {
      expect(result).toMatchObject(expected);
      if (!result.ok) expect(result.message).toMatch(/^[A-Z][^]*\.$/);
    }
  });

  it.each([
    ["the owner cannot approve their own entry", "DIAJUKAN", "OWNER", "APPROVE", false, "FORBIDDEN"],
    ["someone else cannot reject", "DIAJUKAN", "OTHER", "REJECT", false, "FORBIDDEN"],
    ["a reviewer cannot edit a submitted entry", "DIAJUKAN", "REVIEWER", "EDIT", false, "FORBIDDEN"],
    ["an approved entry cannot be rejected", "DISETUJUI", "REVIEWER", "REJECT", false, "INVALID_STATE"],
    ["a rejected entry cannot be approved before it is resubmitted", "DITOLAK", "REVIEWER", "APPROVE", false, "INVALID_STATE"],
    ["a draft cannot be approved", "DRAFT", "REVIEWER", "APPROVE", false, "INVALID_STATE"],
    ["an approved entry cannot be edited", "DISETUJUI", "OWNER", "EDIT", false, "INVALID_STATE"],
    ["a submitted entry cannot be deleted", "DIAJUKAN", "OWNER", "DELETE", false, "INVALID_STATE"],
    ["a submitted entry is not submitted twice", "DIAJUKAN", "OWNER", "SUBMIT", false, "INVALID_STATE"],
    ["a locked month cannot be approved in", "DIAJUKAN", "REVIEWER", "APPROVE", true, "LOCKED"],
    ["a rejected entry cannot be resubmitted after the lock", "DITOLAK", "OWNER", "SUBMIT", true, "LOCKED"],
    ["a stranger learns nothing about the lock", "DIAJUKAN", "OTHER", "APPROVE", true, "FORBIDDEN"],
  ] as const)("%s", (_label, status, relation, action, monthLocked, reason) => {
    expect(activityTransition({ status, relation, action, monthLocked })).toMatchObject({ ok: false, reason });
  });

  it("explains the lock in Indonesian", () => {
    expect(activityTransition({ status: "DIAJUKAN", relation: "REVIEWER", action: "APPROVE", monthLocked: true })).toEqual({ ok: false, reason: "LOCKED", message: LOCKED_MESSAGE });
    expect(LOCKED_MESSAGE).toContain("dikunci");
  });

  it("refuses an unknown action", () => {
    expect(activityTransition({ status: "DIAJUKAN", relation: "REVIEWER", action: "ARCHIVE" as ActivityAction, monthLocked: false })).toMatchObject({ ok: false, reason: "FORBIDDEN" });
  });
});
