import { describe, expect, it } from "vitest";
import { formatDecimalText } from "@/lib/format-number";

describe("formatDecimalText", () => {
  it.each([
    ["0", "0"],
    ["4.2", "4,2"],
    ["650", "650"],
    ["1000", "1.000"],
    ["1500000.25", "1.500.000,25"],
    ["99999999999999.9999", "99.999.999.999.999,9999"],
    ["-12.5", "-12,5"],
    ["bukan angka", "bukan angka"],
  ])("%s → %s", (value, shown) => {
    expect(formatDecimalText(value)).toBe(shown);
  });
});
