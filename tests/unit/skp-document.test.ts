import { describe, expect, it } from "vitest";
import { checkForSubmit, lockedTargetViolations, parseTarget, readDraft, sameDecimal, skpDocumentSchema, type SkpDraft } from "@/lib/domain/skp/document";

describe("parseTarget", () => {
  it.each([
    ["12", "12"],
    ["4,5", "4.5"],
    ["4.50", "4.5"],
    ["007", "7"],
    ["0", "0"],
    [" 1 000 ", "1000"],
    ["0,0001", "0.0001"],
  ])("%j → %s", (typed, value) => {
    expect(parseTarget(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ["-1", "Target tidak boleh negatif."],
    ["abc", "Target harus berupa angka, misalnya 12 atau 4,5."],
    ["1e5", "Target harus berupa angka, misalnya 12 atau 4,5."],
    ["1,2,3", "Target harus berupa angka, misalnya 12 atau 4,5."],
    ["", "Target harus berupa angka, misalnya 12 atau 4,5."],
    ["1,23456", "Target paling banyak empat angka di belakang koma."],
    ["1000000000000", "Target terlalu besar."],
  ])("%j is refused: %s", (typed, message) => {
    expect(parseTarget(typed)).toEqual({ ok: false, message });
  });
});

const rhk = (over: Partial<SkpDraft["rhks"][number]> = {}): SkpDraft["rhks"][number] => ({
  kind: "UTAMA",
  description: "Tersusunnya aplikasi layanan",
  parentRhkId: null,
  orgTargetId: null,
  copiedFromId: null,
  ikis: [{ description: "Jumlah modul", aspect: "KUANTITAS", unit: "modul", polarity: "MAKIN_TINGGI", evidenceExpected: null, copiedFromId: null, targets: [{ month: 3, value: "2" }] }],
  ...over,
});

describe("readDraft", () => {
  it("keeps valid targets, reports the others by path, ignores empty cells and months outside 1–12", () => {
    const raw = skpDocumentSchema.parse({ rhks: [{ description: "  RHK  ", ikis: [{ description: "IKI", targets: { "1": "2", "2": "", "3": "x", "13": "5" } }] }] });
    const { draft, errors } = readDraft(raw);
    expect(draft.rhks[0]!.description).toBe("RHK");
    expect(draft.rhks[0]!.ikis[0]!.targets).toEqual([{ month: 1, value: "2" }]);
    expect(Object.keys(errors)).toEqual(["rhks.0.ikis.0.targets.3"]);
  });

  it("a parent RHK wins over an e-SAKIP target (one cascade per RHK)", () => {
    const { draft } = readDraft(skpDocumentSchema.parse({ rhks: [{ parentRhkId: 5, orgTargetId: 7 }] }));
    expect(draft.rhks[0]).toMatchObject({ parentRhkId: 5, orgTargetId: null });
  });

  it("refuses more than 30 RHK in the shape itself", () => {
    expect(skpDocumentSchema.safeParse({ rhks: Array.from({ length: 31 }, () => ({})) }).success).toBe(false);
  });
});

describe("checkForSubmit (DESIGN.md §4)", () => {
  it.each([
    ["a complete SKP", { rhks: [rhk()] }, []],
    ["an empty SKP", { rhks: [] }, ["_form"]],
    ["only TAMBAHAN", { rhks: [rhk({ kind: "TAMBAHAN" })] }, ["_form"]],
    ["an RHK without IKI", { rhks: [rhk(), rhk({ ikis: [] })] }, ["rhks.1"]],
    ["a short RHK description", { rhks: [rhk({ description: "RHK" })] }, ["rhks.0.description"]],
    ["an IKI without target", { rhks: [rhk({ ikis: [{ ...rhk().ikis[0]!, targets: [] }] })] }, ["rhks.0.ikis.0.targets"]],
    ["an IKI without unit", { rhks: [rhk({ ikis: [{ ...rhk().ikis[0]!, unit: "" }] })] }, ["rhks.0.ikis.0.unit"]],
  ] as [string, SkpDraft, string[]][])("%s", (_label, draft, keys) => {
    expect(Object.keys(checkForSubmit(draft)).sort()).toEqual(keys.sort());
  });
});

describe("lockedTargetViolations", () => {
  const base = new Map([[10, { description: "Jumlah modul", targets: new Map([[1, "1"], [2, "2.5"], [4, "3"]]) }]]);
  const draftWith = (targets: { month: number; value: string }[], copiedFromId: number | null = 10): SkpDraft => ({
    rhks: [rhk({ ikis: [{ ...rhk().ikis[0]!, copiedFromId, targets }] })],
  });
  const locked = new Set([1, 2]);

  it.each([
    ["unchanged", [{ month: 1, value: "1" }, { month: 2, value: "2.50" }], 0],
    ["an open month changed", [{ month: 1, value: "1" }, { month: 2, value: "2.5" }, { month: 4, value: "9" }], 0],
    ["a locked month changed", [{ month: 1, value: "2" }, { month: 2, value: "2.5" }], 1],
    ["a locked month dropped", [{ month: 2, value: "2.5" }], 1],
  ])("%s", (_label, targets, count) => {
    expect(lockedTargetViolations({ base, draft: draftWith(targets), lockedMonths: locked, year: 2026 })).toHaveLength(count);
  });

  it("an IKI removed (or no longer copied from the base) loses its locked targets", () => {
    const problems = lockedTargetViolations({ base, draft: draftWith([{ month: 1, value: "1" }], null), lockedMonths: locked, year: 2026 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Januari 2026.*Jumlah modul.*dikunci/);
  });

  it("4.50 equals 4.5; 45 does not", () => {
    expect(sameDecimal("4.50", "4.5")).toBe(true);
    expect(sameDecimal("04", "4")).toBe(true);
    expect(sameDecimal("45", "4.5")).toBe(false);
  });
});
