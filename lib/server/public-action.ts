import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { formDataToObject, GENERIC_ERROR_MESSAGE, type ActionState } from "./action";
import { clientIp } from "./auth/client-ip";
import { isAppError } from "./errors";

/**
 * `createAction` for the few forms used without a session (Lupa Kata Sandi, the reset link): the
 * same parsing and error contract, with the client's IP instead of an actor.
 */
export function createPublicAction<S extends z.ZodType>(
  options: { schema: S },
  handler: (input: z.infer<S>, ctx: { ip: string }) => Promise<ActionState | void>,
) {
  return async (_prev: ActionState | null, formData: FormData): Promise<ActionState> => {
    const parsed = options.schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.map(String).join(".") || "_form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { ok: false, code: "VALIDATION", formError: "Periksa kembali isian yang ditandai.", fieldErrors };
    }
    try {
      const ip = clientIp(await headers());
      return (await handler(parsed.data, { ip })) ?? { ok: true };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
      }
      if (error && typeof error === "object" && "digest" in error) throw error;
      console.error("[action] unexpected error", error);
      return { ok: false, code: "SERVER", formError: GENERIC_ERROR_MESSAGE };
    }
  };
}
