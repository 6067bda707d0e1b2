import type { ActionState } from "@/lib/server/action";

/** What the activity form holds (strings as typed; the id of the entry being edited, or null). */
export type ActivityFormValues = {
  id: number | null;
  date: string;
  startTime: string;
  endTime: string;
  rhkId: string;
  instructionId: string;
  description: string;
  outputQuantity: string;
  outputUnit: string;
};

/**
 * The answer of the activity form's action: on failure it also carries what was submitted, so a
 * form posted without JavaScript (a full page load) is rendered again with the typed content and
 * the same request id instead of empty (DESIGN.md §5: a failed save must not lose what was typed).
 */
export type ActivityFormState = ActionState & { values?: ActivityFormValues; clientRequestId?: string };

const text = (data: FormData, key: string) => {
  const value = data.get(key);
  return typeof value === "string" ? value : "";
};

/** The submitted form as the form's values; anything missing or not text is empty. */
export function activityFormValuesFrom(data: FormData): { values: ActivityFormValues; clientRequestId: string } {
  const id = Number(text(data, "id"));
  return {
    values: {
      id: Number.isInteger(id) && id > 0 ? id : null,
      date: text(data, "date"),
      startTime: text(data, "startTime"),
      endTime: text(data, "endTime"),
      rhkId: text(data, "rhkId"),
      instructionId: text(data, "instructionId"),
      description: text(data, "description"),
      outputQuantity: text(data, "outputQuantity"),
      outputUnit: text(data, "outputUnit"),
    },
    clientRequestId: text(data, "clientRequestId").slice(0, 100),
  };
}
