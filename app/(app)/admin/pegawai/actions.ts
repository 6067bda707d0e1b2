"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createAction } from "@/lib/server/action";
import { createEmployee } from "@/lib/server/admin/employees/create-employee";
import { updateEmployee } from "@/lib/server/admin/employees/update-employee";
import { setSupervisor } from "@/lib/server/admin/employees/set-supervisor";
import { setAdminOpdRole } from "@/lib/server/admin/roles/set-admin-opd-role";
import { id, isAdmin, optionalId, text } from "../form-schemas";

const employeeFields = {
  nip: text,
  name: text,
  frontTitle: text,
  backTitle: text,
  status: text,
  golongan: text,
  startDate: text,
  positionStartDate: text,
  email: text,
  phone: text,
  unitId: id("Pilih unit kerja."),
  positionId: id("Pilih jabatan."),
};

export const createEmployeeAction = createAction(
  { schema: z.object({ ...employeeFields, opdId: optionalId }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const { id: employeeId } = await createEmployee({ ...actor, ip }, input);
    revalidatePath("/admin/pegawai");
    redirect(`/admin/pegawai/${employeeId}?baru=1`);
  },
);

export const updateEmployeeAction = createAction(
  { schema: z.object({ ...employeeFields, employeeId: id("Pegawai tidak dikenal.") }), authorize: isAdmin },
  async (input, { actor, ip }) => {
    const { changed } = await updateEmployee({ ...actor, ip }, input);
    revalidatePath(`/admin/pegawai/${input.employeeId}`);
    return { ok: true, message: changed ? "Data pegawai tersimpan." : "Tidak ada perubahan." };
  },
);

export const setSupervisorAction = createAction(
  {
    schema: z.object({
      employeeId: id("Pegawai tidak dikenal."),
      // "none" removes the supervisor (head of agency).
      supervisorId: z.union([z.literal("none"), id("Pilih atasan langsung.")], { error: "Pilih atasan langsung." }),
    }),
    authorize: isAdmin,
  },
  async (input, { actor, ip }) => {
    const result = await setSupervisor({ ...actor, ip }, {
      employeeId: input.employeeId,
      supervisorId: input.supervisorId === "none" ? null : input.supervisorId,
    });
    revalidatePath(`/admin/pegawai/${input.employeeId}`);
    if (!result.changed) return { ok: true, message: "Atasan langsung tidak berubah." };
    const moved = result.handedOver.skpVersions + result.handedOver.realisations;
    return {
      ok: true,
      message: `Atasan langsung tersimpan.${moved > 0 ? ` ${moved} persetujuan yang menunggu dialihkan ke atasan baru.` : ""}`,
    };
  },
);

export const setRoleAction = createAction(
  {
    schema: z.object({ employeeId: id("Pegawai tidak dikenal."), grant: z.enum(["ya", "tidak"], { error: "Pilih peran." }) }),
    authorize: (actor) => actor.role === "ADMIN_BKD",
  },
  async (input, { actor, ip }) => {
    const grant = input.grant === "ya";
    const { changed } = await setAdminOpdRole({ ...actor, ip }, { employeeId: input.employeeId, grant });
    revalidatePath(`/admin/pegawai/${input.employeeId}`);
    if (!changed) return { ok: true, message: "Peran tidak berubah." };
    return { ok: true, message: grant ? "Peran Admin OPD diberikan." : "Peran Admin OPD dicabut." };
  },
);
