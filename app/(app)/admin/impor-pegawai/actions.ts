"use server";

import { EMPLOYEE_IMPORT_MAX_BYTES } from "@/lib/domain/imports/limits";
import { importEmployees } from "@/lib/server/imports/employees";
import { createImportUploadAction } from "@/lib/server/imports/upload";
import type { EmployeeImportView } from "@/components/imports/employee-import-view";

export const importEmployeesAction = createImportUploadAction({
  maxBytes: EMPLOYEE_IMPORT_MAX_BYTES,
  importFile: importEmployees,
  extraView: (result): Pick<EmployeeImportView, "unitsCreated" | "positionsCreated"> => ({
    unitsCreated: result.unitsCreated,
    positionsCreated: result.positionsCreated,
  }),
});
