"use server";

import { revalidatePath } from "next/cache";
import { ATTENDANCE_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { monthLabel } from "@/lib/domain/period";
import { importAttendance } from "@/lib/server/imports/attendance";
import { createImportUploadAction } from "@/lib/server/imports/upload";
import type { AttendanceImportView } from "@/components/imports/attendance-import-view";

export const importAttendanceAction = createImportUploadAction({
  maxBytes: ATTENDANCE_IMPORT_MAX_BYTES,
  importFile: importAttendance,
  extraView: (result, { actor }): Pick<AttendanceImportView, "scopes"> => ({
    scopes: result.scopes.map((s) => ({
      label: `${s.opdCode} · ${monthLabel(s.month)} ${s.year}`,
      href: `/admin/impor-kehadiran?${actor.role === "ADMIN_BKD" ? `opd=${s.opdId}&` : ""}bulan=${s.year}-${String(s.month).padStart(2, "0")}#kode-kehadiran`,
      rows: s.rows,
    })),
  }),
  // The codes table below the form shows what was just written.
  onWritten: () => revalidatePath("/admin/impor-kehadiran"),
});
