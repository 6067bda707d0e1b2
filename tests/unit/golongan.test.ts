import { describe, expect, it } from "vitest";
import {
  golonganGroup,
  isValidGolongan,
  parseGolongan,
  PNS_GOLONGAN,
  PPPK_GOLONGAN,
} from "@/lib/domain/golongan";

const PNS_MESSAGE =
  "Golongan PNS/CPNS harus salah satu dari I/a sampai IV/e (misalnya III/b); huruf e hanya untuk golongan IV.";
const PPPK_MESSAGE = "Golongan PPPK harus angka Romawi I sampai XVII (misalnya IX).";

describe("golongan lists", () => {
  it("has 17 PNS ranks from I/a to IV/e", () => {
    expect(PNS_GOLONGAN).toHaveLength(17);
    expect(PNS_GOLONGAN[0]).toBe("I/a");
    expect(PNS_GOLONGAN.at(-1)).toBe("IV/e");
  });
  it("has 17 PPPK grades from I to XVII", () => {
    expect(PPPK_GOLONGAN).toHaveLength(17);
    expect(PPPK_GOLONGAN[0]).toBe("I");
    expect(PPPK_GOLONGAN.at(-1)).toBe("XVII");
  });
});

describe("parseGolongan for PNS and CPNS", () => {
  it.each([
    ["lowest rank", "I/a", "I/a", "I"],
    ["top of group I", "I/d", "I/d", "I"],
    ["bottom of group II", "II/a", "II/a", "II"],
    ["top of group II", "II/d", "II/d", "II"],
    ["bottom of group III", "III/a", "III/a", "III"],
    ["the worked example's rank", "III/b", "III/b", "III"],
    ["top of group III", "III/d", "III/d", "III"],
    ["bottom of group IV", "IV/a", "IV/a", "IV"],
    ["highest rank", "IV/e", "IV/e", "IV"],
    ["lower-case roman, upper-case letter", "iii/B", "III/b", "III"],
    ["a dash", "II-c", "II/c", "II"],
    ["a space", "IV d", "IV/d", "IV"],
    ["no separator", "IIIa", "III/a", "III"],
    ["spaces around the slash and the text", "  III / c ", "III/c", "III"],
  ])("accepts %s (%s)", (_label, input, golongan, group) => {
    expect(parseGolongan(input, "PNS")).toEqual({ ok: true, golongan, group });
    expect(parseGolongan(input, "CPNS")).toEqual({ ok: true, golongan, group });
  });

  it.each([
    ["letter e below group IV", "III/e"],
    ["letter e in group I", "I/e"],
    ["letter f", "IV/f"],
    ["group V", "V/a"],
    ["IIII", "IIII/a"],
    ["no letter", "III"],
    ["arabic group number", "3/b"],
    ["a PPPK grade", "IX"],
    ["two letters", "III/ab"],
  ])("refuses %s (%s)", (_label, input) => {
    expect(parseGolongan(input, "PNS")).toEqual({ ok: false, message: PNS_MESSAGE });
    expect(isValidGolongan(input, "CPNS")).toBe(false);
  });

  it.each([["empty", ""], ["only spaces", "  "]])("asks for a value when %s", (_label, input) => {
    expect(parseGolongan(input, "PNS")).toEqual({ ok: false, message: "Golongan wajib diisi." });
  });
});

describe("parseGolongan for PPPK", () => {
  it.each([
    ["the lowest grade", "I", "I", "I"],
    ["the top of PPPK group I", "IV", "IV", "I"],
    ["the bottom of PPPK group II", "V", "V", "II"],
    ["the top of PPPK group II", "VIII", "VIII", "II"],
    ["the bottom of PPPK group III", "IX", "IX", "III"],
    ["the top of PPPK group III", "XII", "XII", "III"],
    ["the bottom of PPPK group IV", "XIII", "XIII", "IV"],
    ["the highest grade", "XVII", "XVII", "IV"],
    ["lower case", "ix", "IX", "III"],
    ["an arabic number", "9", "IX", "III"],
    ["the highest arabic number", "17", "XVII", "IV"],
    ["surrounding spaces", " X ", "X", "III"],
  ])("accepts %s (%s)", (_label, input, golongan, group) => {
    expect(parseGolongan(input, "PPPK")).toEqual({ ok: true, golongan, group });
  });

  it.each([
    ["XVIII, above the top grade", "XVIII"],
    ["arabic 0", "0"],
    ["arabic 18", "18"],
    ["a PNS rank", "III/b"],
    ["not a roman numeral", "IIII"],
    ["letters", "abc"],
  ])("refuses %s", (_label, input) => {
    expect(parseGolongan(input, "PPPK")).toEqual({ ok: false, message: PPPK_MESSAGE });
  });
});

describe("golonganGroup", () => {
  it.each([
    ["PNS", "II/d", "II"],
    ["CPNS", "III/a", "III"],
    ["PNS", "IV/e", "IV"],
    ["PPPK", "IV", "I"],
    ["PPPK", "V", "II"],
    ["PPPK", "XII", "III"],
    ["PPPK", "XIII", "IV"],
  ] as const)("%s %s is in tax group %s", (status, golongan, group) => {
    expect(golonganGroup(golongan, status)).toBe(group);
  });

  it("maps every grade of each list to a group", () => {
    expect(PNS_GOLONGAN.map((g) => golonganGroup(g, "PNS"))).toEqual([
      ...Array(4).fill("I"), ...Array(4).fill("II"), ...Array(4).fill("III"), ...Array(5).fill("IV"),
    ]);
    expect(PPPK_GOLONGAN.map((g) => golonganGroup(g, "PPPK"))).toEqual([
      ...Array(4).fill("I"), ...Array(4).fill("II"), ...Array(4).fill("III"), ...Array(5).fill("IV"),
    ]);
  });

  it.each([
    ["PNS", "IX"],
    ["PPPK", "III/b"],
  ] as const)("throws for a %s golongan that is not valid (%s)", (status, golongan) => {
    expect(() => golonganGroup(golongan, status)).toThrow(/Invalid golongan/);
  });
});
