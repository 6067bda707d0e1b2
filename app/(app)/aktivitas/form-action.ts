"use server";

import { activityFormValuesFrom, type ActivityFormState } from "@/components/activities/activity-form-values";
import { saveActivityAction } from "./actions";

/**
 * The activity form's action: saveActivityAction, and on failure what was submitted, so that the
 * form posted without JavaScript comes back filled in (with JavaScript the form keeps its own state
 * and ignores it).
 */
export async function saveActivityFormAction(prev: ActivityFormState | null, data: FormData): Promise<ActivityFormState> {
  const result = await saveActivityAction(prev, data);
  if (result.ok) return result;
  return { ...result, ...activityFormValuesFrom(data) };
}
