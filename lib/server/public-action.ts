import "server-only";
import { headers } from "next/headers";
import { z } from "zod";
import { parseAndRun, type ActionState } from "./action";
import { clientIp } from "./auth/client-ip";

/**
 * `createAction` for the few forms used without a session (Lupa Kata Sandi, the reset link): the
 * same parsing and error contract, with the client's IP instead of an actor.
 */
export function createPublicAction<S extends z.ZodType>(
  options: { schema: S },
  handler: (input: z.infer<S>, ctx: { ip: string }) => Promise<ActionState | void>,
) {
  return async (_prev: ActionState | null, formData: FormData): Promise<ActionState> =>
    parseAndRun(options.schema, formData, async (input) => handler(input, { ip: clientIp(await headers()) }));
}
