import { describe, expect, it } from "vitest";
import { anonymisedResult, behaviourMean, behaviourScore, roleMean, tallyRatings } from "@/lib/domain/ratings/aggregate";
import { BERAKHLAK_KEYS, BERAKHLAK_VALUES, checkRatingComment, checkRatingValues, type RatingValues } from "@/lib/domain/ratings/berakhlak";
import { ratingConfigFrom, DEFAULT_RATING_CONFIG, type RaterRole } from "@/lib/domain/ratings/config";
import { formatFraction, fraction, fractionToDecimalText } from "@/lib/domain/ratings/fraction";

/** Seven values given as one digit string, in BerAKHLAK order: "4444455". */
const v = (digits: string): RatingValues => Object.fromEntries(BERAKHLAK_KEYS.map((k, i) => [k, Number(digits[i])])) as RatingValues;
const r = (role: RaterRole, digits: string) => ({ role, values: v(digits) });
const show = (f: ReturnType<typeof behaviourScore>) => (f === null ? null : formatFraction(f));

describe("role means", () => {
  it("a role's mean is the mean of its raters' means (all seven values each)", () => {
    const tallies = tallyRatings([r("REKAN", "5555555"), r("REKAN", "3333334"), r("ATASAN", "4444444")]);
    expect(tallies).toEqual([
      { role: "ATASAN", raters: 1, total: 28 },
      { role: "REKAN", raters: 2, total: 35 + 22 },
    ]);
    expect(roleMean(tallies[1]!)).toEqual(fraction(57, 14));
  });

  it("refuses a role without raters", () => {
    expect(() => roleMean({ role: "REKAN", raters: 0, total: 0 })).toThrow(RangeError);
  });
});

describe("behaviourScore (exact, DESIGN.md §7)", () => {
  it("the worked example of DESIGN.md §8.3: behaviour mean 4.2 → 84", () => {
    const tallies = tallyRatings([
      r("ATASAN", "4444444"), // atasan 4
      r("REKAN", "4444455"), // 30/7
      r("REKAN", "5555544"), // 33/7 → peers (30 + 33)/14 = 4.5
      r("BAWAHAN", "4444444"),
      r("BAWAHAN", "4444444"),
      r("BAWAHAN", "5555544"),
      r("BAWAHAN", "4444455"), // subordinates (28 + 28 + 33 + 30)/28 = 4.25
    ]);
    // 0.5·4 + 0.3·4.5 + 0.2·4.25 = 4.2
    expect(behaviourMean(tallies)).toEqual(fraction(21, 5));
    expect(behaviourScore(tallies)).toEqual(fraction(84));
    expect(show(behaviourScore(tallies))).toBe("84,00");
  });

  it.each([
    ["all level 1", "1111111", fraction(20)],
    ["all level 2", "2222222", fraction(40)],
    ["all level 3", "3333333", fraction(60)],
    ["all level 4", "4444444", fraction(80)],
    ["all level 5", "5555555", fraction(100)],
  ])("%s from every role → %o", (_label, digits, expected) => {
    const tallies = tallyRatings([r("ATASAN", digits), r("REKAN", digits), r("REKAN", digits), r("BAWAHAN", digits)]);
    expect(behaviourScore(tallies)).toEqual(expected);
  });

  it("one rater only: the score is that rater's mean × 20, whatever the role", () => {
    expect(behaviourScore(tallyRatings([r("REKAN", "4444445")]))).toEqual(fraction(29 * 20, 7));
    expect(show(behaviourScore(tallyRatings([r("REKAN", "4444445")])))).toBe("82,86");
    expect(behaviourScore(tallyRatings([r("BAWAHAN", "1111112")]))).toEqual(fraction(8 * 20, 7));
  });

  it("no rating at all: no score (no basis), not zero", () => {
    expect(behaviourScore([])).toBeNull();
    expect(behaviourMean([])).toBeNull();
  });

  it.each([
    // Weights renormalised over the roles present.
    ["atasan and peers only: (50·5 + 30·3)/80", [r("ATASAN", "5555555"), r("REKAN", "3333333")], fraction(250 + 90, 80 * 5).num, "85,00"],
    ["peers and subordinates only: (30·4 + 20·2)/50", [r("REKAN", "4444444"), r("BAWAHAN", "2222222")], null, "64,00"],
    ["atasan and subordinates only: (50·3 + 20·5)/70", [r("ATASAN", "3333333"), r("BAWAHAN", "5555555")], null, "71,43"],
    ["all three: (50·4 + 30·5 + 20·3)/100", [r("ATASAN", "4444444"), r("REKAN", "5555555"), r("BAWAHAN", "3333333")], null, "82,00"],
  ])("missing roles: %s", (_label, ratings, _unused, expected) => {
    expect(show(behaviourScore(tallyRatings(ratings)))).toBe(expected);
  });

  it("is exact where binary floating point is not: (50·a + 30·p + 20·b)/100 with thirds and sevenths", () => {
    const tallies = tallyRatings([r("ATASAN", "4444445"), r("REKAN", "3333334"), r("REKAN", "4444444"), r("REKAN", "5555555"), r("BAWAHAN", "2222223")]);
    // atasan 29/7, rekan (22 + 28 + 35)/21 = 85/21, bawahan 15/7 → (50·29/7 + 30·85/21 + 20·15/7)/100 × 20 = 520/7
    const expected = fraction((50 * 29 * 3 + 30 * 85 + 20 * 15 * 3) * 20, 21 * 100);
    expect(expected).toEqual(fraction(520, 7));
    expect(behaviourScore(tallies)).toEqual(expected);
    expect(formatFraction(expected)).toBe("74,29");
  });

  it("uses the configured weights", () => {
    const tallies = tallyRatings([r("ATASAN", "5555555"), r("REKAN", "1111111")]);
    expect(behaviourScore(tallies, { ATASAN: 1, REKAN: 1, BAWAHAN: 1 })).toEqual(fraction(60));
    expect(behaviourScore(tallies, { ATASAN: 0, REKAN: 10_000, BAWAHAN: 0 })).toEqual(fraction(20));
    expect(behaviourScore(tallyRatings([r("BAWAHAN", "5555555")]), { ATASAN: 5000, REKAN: 5000, BAWAHAN: 0 })).toBeNull();
  });
});

describe("display rounding to two decimals (half up)", () => {
  it.each([
    [fraction(84), "84,00"],
    [fraction(271, 3), "90,33"],
    [fraction(542, 6), "90,33"],
    [fraction(12345, 1000), "12,35"], // 12.345 → half up
    [fraction(12344, 1000), "12,34"],
    [fraction(100), "100,00"],
    [fraction(1, 200), "0,01"], // 0.005
    [fraction(1, 201), "0,00"],
  ])("%o → %s", (value, text) => {
    expect(formatFraction(value)).toBe(text);
  });

  it("decimal text for storage", () => {
    expect(fractionToDecimalText(fraction(586, 7))).toBe("83.714286");
  });
});

describe("anonymisedResult (what the employee sees)", () => {
  it("shows the supervisor's average, withholds a single peer's and a single subordinate's, but the score uses all", () => {
    const tallies = tallyRatings([r("ATASAN", "4444444"), r("REKAN", "2222222"), r("BAWAHAN", "5555555")]);
    const view = anonymisedResult(tallies);
    expect(view.roles).toEqual([
      { role: "ATASAN", mean: fraction(4), status: "SHOWN" },
      { role: "REKAN", mean: null, status: "TOO_FEW" },
      { role: "BAWAHAN", mean: null, status: "TOO_FEW" },
    ]);
    expect(view.score).toEqual(behaviourScore(tallies));
    expect(view.score).toEqual(fraction((50 * 4 + 30 * 2 + 20 * 5) * 20, 100));
  });

  it("shows peers and subordinates from two raters on, as one average", () => {
    const view = anonymisedResult(tallyRatings([r("REKAN", "3333333"), r("REKAN", "5555555"), r("BAWAHAN", "4444444"), r("BAWAHAN", "2222222")]));
    expect(view.roles).toEqual([
      { role: "ATASAN", mean: null, status: "NO_RATING" },
      { role: "REKAN", mean: fraction(4), status: "SHOWN" },
      { role: "BAWAHAN", mean: fraction(3), status: "SHOWN" },
    ]);
    expect(view.score).toEqual(fraction(((30 * 4 + 20 * 3) * 20), 50));
  });

  it("nothing received: every role NO_RATING and no score", () => {
    expect(anonymisedResult([])).toEqual({
      roles: [
        { role: "ATASAN", mean: null, status: "NO_RATING" },
        { role: "REKAN", mean: null, status: "NO_RATING" },
        { role: "BAWAHAN", mean: null, status: "NO_RATING" },
      ],
      score: null,
    });
  });
});

describe("BerAKHLAK values and input checks", () => {
  it("seven values, each with five level descriptions", () => {
    expect(BERAKHLAK_VALUES.map((x) => x.key)).toEqual([...BERAKHLAK_KEYS]);
    expect(BERAKHLAK_VALUES.map((x) => x.name)).toEqual(["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"]);
    for (const value of BERAKHLAK_VALUES) {
      expect(value.levels).toHaveLength(5);
      expect(new Set(value.levels).size).toBe(5);
    }
  });

  it("accepts whole numbers 1–5 for all seven (numbers or form strings)", () => {
    const input = { ...v("1234512"), kompeten: "3" };
    expect(checkRatingValues(input)).toEqual({ ok: true, values: v("1234512") });
  });

  it.each([
    ["0", "harus bilangan bulat 1 sampai 5"],
    ["6", "harus bilangan bulat 1 sampai 5"],
    ["4.5", "harus bilangan bulat 1 sampai 5"],
    ["-1", "harus bilangan bulat 1 sampai 5"],
    ["x", "harus bilangan bulat 1 sampai 5"],
    ["", "Pilih nilai Loyal"],
  ])("refuses loyal = %j with a message naming the value", (raw, message) => {
    const result = checkRatingValues({ ...v("3333333"), loyal: raw });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors)).toEqual(["loyal"]);
      expect(result.fieldErrors.loyal![0]).toContain(message);
      expect(result.fieldErrors.loyal![0]).toContain("Loyal");
    }
  });

  it("a missing value is reported, each by name", () => {
    const { adaptif: _a, kolaboratif: _k, ...rest } = v("3333333");
    const result = checkRatingValues(rest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fieldErrors).sort()).toEqual(["adaptif", "kolaboratif"]);
  });

  it("comment: optional, trimmed, at most 1000 characters", () => {
    expect(checkRatingComment("  ")).toEqual({ ok: true, comment: null });
    expect(checkRatingComment(" Baik sekali ")).toEqual({ ok: true, comment: "Baik sekali" });
    expect(checkRatingComment("x".repeat(1001)).ok).toBe(false);
  });
});

describe("ratingConfigFrom (policy JSON)", () => {
  it("reads the seeded keys and falls back to the defaults", () => {
    expect(ratingConfigFrom({ raterRoleWeightsBp: { atasan: 6000, rekan: 2500, bawahan: 1500 }, maxPeerRaters: 2, ratingWindowOpenDay: 1 })).toEqual({
      roleWeightsBp: { ATASAN: 6000, REKAN: 2500, BAWAHAN: 1500 },
      maxPeers: 2,
      windowOpenDay: 1,
    });
    expect(ratingConfigFrom(null)).toEqual(DEFAULT_RATING_CONFIG);
    expect(ratingConfigFrom({ raterRoleWeightsBp: { atasan: -1, rekan: 1, bawahan: 1 }, maxPeerRaters: 2.5, ratingWindowOpenDay: 0 })).toEqual(DEFAULT_RATING_CONFIG);
  });
});
