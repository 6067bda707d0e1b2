import { describe, expect, it } from "vitest";
import { escapeLikePattern, normaliseSearchText } from "@/lib/domain/search-text";

describe("escapeLikePattern", () => {
  it.each([
    ["plain text is unchanged", "Nurhaliza", "Nurhaliza"],
    ["the empty string", "", ""],
    ["a percent sign", "%", "\\%"],
    ["an underscore", "_", "\\_"],
    ["a backslash (the escape character itself)", "\\", "\\\\"],
    ["every occurrence, mixed with text", "100%_a\\b%", "100\\%\\_a\\\\b\\%"],
    ["already-escaped text is escaped again (it is literal input)", "\\%", "\\\\\\%"],
  ])("%s", (_label, input, expected) => {
    expect(escapeLikePattern(input)).toBe(expected);
  });
});

describe("normaliseSearchText", () => {
  it.each([
    ["trims", "  Siti ", "Siti"],
    ["collapses inner whitespace", "Siti \t  Nur", "Siti Nur"],
    ["leaves wildcards to the escaping", " % ", "%"],
  ])("%s", (_label, input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });
});
