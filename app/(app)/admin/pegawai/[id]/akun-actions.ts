"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { activateAccount } from "@/lib/server/accounts/activate-account";
import { deactivateAccount } from "@/lib/server/accounts/deactivate-account";
import { resetPassword } from "@/lib/server/accounts/reset-password";

const schema = z.object({
  employeeId: z.coerce.number().int().positive(),
  intent: z.enum(["activate", "deactivate", "resetPassword"]),
});

/**
 * The account panel's buttons. The temporary password goes back in this response only, to be
 * shown once; it is never stored in plain text. Services check the permission and the agency.
 */
export const accountAction = createAction(
  { schema, authorize: (actor) => actor.role === "ADMIN_OPD" || actor.role === "ADMIN_BKD" },
  async ({ employeeId, intent }, { actor, ip }) => {
    const serviceActor = { ...actor, ip };
    const path = `/admin/pegawai/${employeeId}`;
    if (intent === "deactivate") {
      await deactivateAccount({ actor: serviceActor, employeeId });
      revalidatePath(path);
      return { ok: true, message: "Akun dinonaktifkan. Semua sesi pegawai ini telah diakhiri." };
    }
    const result =
      intent === "activate"
        ? await activateAccount({ actor: serviceActor, employeeId })
        : await resetPassword({ actor: serviceActor, employeeId });
    revalidatePath(path);
    return {
      ok: true,
      message: intent === "activate" ? "Akun diaktifkan." : "Kata sandi diatur ulang. Semua sesi pegawai ini telah diakhiri.",
      data: { temporaryPassword: result.temporaryPassword, emailedTo: result.emailedTo },
    };
  },
);
