import { describe, expect, it } from "vitest";
import { activityFormValuesFrom } from "@/components/activities/activity-form-values";

const form = (entries: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
};

describe("activityFormValuesFrom (what a refused submission without JavaScript shows again)", () => {
  it("returns every field as typed, with the request id", () => {
    expect(
      activityFormValuesFrom(
        form({ id: "12", clientRequestId: "abc-1", date: "2026-03-02", startTime: "07:30", endTime: "09:00", rhkId: "4", instructionId: "", description: " rapat ", outputQuantity: "1,5", outputUnit: "dokumen", submit: "1" }),
      ),
    ).toEqual({
      values: { id: 12, date: "2026-03-02", startTime: "07:30", endTime: "09:00", rhkId: "4", instructionId: "", description: " rapat ", outputQuantity: "1,5", outputUnit: "dokumen" },
      clientRequestId: "abc-1",
    });
  });

  it.each([
    ["no id: a new entry", {}, null],
    ["an empty id", { id: "" }, null],
    ["a bad id", { id: "x1" }, null],
    ["a negative id", { id: "-3" }, null],
  ])("%s → id %s, missing fields empty", (_label, entries, id) => {
    const { values, clientRequestId } = activityFormValuesFrom(form(entries));
    expect(values.id).toBe(id);
    expect(values.description).toBe("");
    expect(clientRequestId).toBe("");
  });

  it("ignores a file where text was expected, and caps the request id", () => {
    const { values, clientRequestId } = activityFormValuesFrom(form({ description: new Blob(["x"]), clientRequestId: "r".repeat(500) }));
    expect(values.description).toBe("");
    expect(clientRequestId).toHaveLength(100);
  });
});
