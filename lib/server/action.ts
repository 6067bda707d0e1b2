import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import "@/lib/zod-locale";
import { clientIp } from "./auth/client-ip";
import { getSessionUser, type SessionUser } from "./auth/current-user";
import { isAppError } from "./errors";

/** What every form action returns, for `useActionState`. */
export type ActionState =
  | { ok: true; message?: string; data?: Record<string, unknown> }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string[]>; code?: string };

export const SESSION_EXPIRED_MESSAGE =
  "Sesi Anda telah berakhir. Isian Anda tetap tersimpan di formulir ini; masuk kembali lalu kirim ulang.";
export const GENERIC_ERROR_MESSAGE = "Terjadi kesalahan pada server. Coba lagi beberapa saat lagi.";

export type ActionContext = { actor: SessionUser; ip: string };

/** FormData → plain object; repeated keys become arrays, files are kept as File objects. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else out[key] = [existing, value];
  }
  return out;
}

/**
 * Parses the form with zod (field messages on failure), runs `run`, and turns every failure into an
 * Indonesian message: expected errors (AppError) as they are; anything else is logged and the user
 * sees a generic message — never a stack trace or SQL.
 */
export async function parseAndRun<S extends z.ZodType>(schema: S, formData: FormData, run: (input: z.infer<S>) => Promise<ActionState | void>): Promise<ActionState> {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.map(String).join(".") || "_form";
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, code: "VALIDATION", formError: "Periksa kembali isian yang ditandai.", fieldErrors };
  }
  try {
    return (await run(parsed.data)) ?? { ok: true };
  } catch (error) {
    if (isAppError(error)) {
      return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
    }
    // redirect() and notFound() signal through exceptions that Next must see.
    if (error && typeof error === "object" && "digest" in error) throw error;
    console.error("[action] unexpected error", error);
    return { ok: false, code: "SERVER", formError: GENERIC_ERROR_MESSAGE };
  }
}

/**
 * The one wrapper of all server actions: parses the form with zod, resolves the signed-in user,
 * optionally checks a coarse authorisation rule, runs the handler and turns every failure into an
 * Indonesian message. Expected errors (AppError) are shown as they are; anything else is logged
 * and the user sees a generic message — never a stack trace or SQL.
 */
export function createAction<S extends z.ZodType>(
  options: { schema: S; allowMustChange?: boolean; authorize?: (actor: SessionUser) => boolean },
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionState | void>,
) {
  return async (_prev: ActionState | null, formData: FormData): Promise<ActionState> => {
    const actor = await getSessionUser();
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", formError: SESSION_EXPIRED_MESSAGE };
    if (actor.mustChangePassword && !options.allowMustChange) {
      return { ok: false, code: "FORBIDDEN", formError: "Ganti kata sandi sementara Anda terlebih dahulu." };
    }
    if (options.authorize && !options.authorize(actor)) {
      return { ok: false, code: "FORBIDDEN", formError: "Anda tidak berwenang melakukan tindakan ini." };
    }
    return parseAndRun(options.schema, formData, async (input) => handler(input, { actor, ip: clientIp(await headers()) }));
  };
}
