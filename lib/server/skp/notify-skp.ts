import "server-only";
import { env } from "@/lib/env";
import { formatPersonName } from "@/lib/domain/person-name";
import { db } from "../db";
import { skpApprovedMail, skpReturnedMail, skpSubmittedMail } from "../mail/skp-templates";
import { notifyMany } from "../notifications/notify";

type Person = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null };

const link = (path: string) => `${env().APP_URL.replace(/\/+$/, "")}${path}`;

/** After Ajukan: the supervisor, or every Admin BKD for a head of agency (§4, §10). */
export async function notifySubmitted(input: { owner: Person; approverId: number | null; year: number; versionId: number; versionNumber: number }): Promise<void> {
  const approvers: Person[] = input.approverId != null
    ? await db.employee.findMany({ where: { id: input.approverId }, select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true } })
    : await db.employee.findMany({
        where: { user: { role: "ADMIN_BKD", status: "ACTIVE" }, id: { not: input.owner.id } },
        select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true },
      });
  const ownerName = formatPersonName(input.owner);
  const path = `/skp/persetujuan/${input.versionId}`;
  await notifyMany(
    approvers.map((approver) => ({
      employeeId: approver.id,
      kind: "SKP_SUBMITTED" as const,
      title: `SKP ${input.year} ${ownerName} menunggu persetujuan`,
      body: `${ownerName} (NIP ${input.owner.nip}) mengajukan ${input.versionNumber > 1 ? `revisi SKP (versi ${input.versionNumber})` : "SKP"} tahun ${input.year}.`,
      link: path,
      mail: skpSubmittedMail({ ownerName, ownerNip: input.owner.nip, year: input.year, versionNumber: input.versionNumber, link: link(path), approverName: formatPersonName(approver) }),
    })),
  );
}

/** After Setujui or Kembalikan: the owner (§10). */
export async function notifyReviewed(input: {
  owner: Person;
  approver: Person;
  decision: "APPROVE" | "RETURN";
  note: string | null;
  year: number;
  versionNumber: number;
}): Promise<void> {
  const ownerName = formatPersonName(input.owner);
  const approverName = formatPersonName(input.approver);
  const path = `/skp?tahun=${input.year}`;
  const common = { ownerName, ownerNip: input.owner.nip, year: input.year, versionNumber: input.versionNumber, link: link(path), approverName };
  await notifyMany([
    input.decision === "APPROVE"
      ? {
          employeeId: input.owner.id,
          kind: "SKP_APPROVED" as const,
          title: `SKP ${input.year} disetujui`,
          body: `SKP ${input.year}${input.versionNumber > 1 ? ` versi ${input.versionNumber}` : ""} Anda disetujui oleh ${approverName}.`,
          link: path,
          mail: skpApprovedMail(common),
        }
      : {
          employeeId: input.owner.id,
          kind: "SKP_RETURNED" as const,
          title: `SKP ${input.year} dikembalikan`,
          body: `SKP ${input.year} Anda dikembalikan oleh ${approverName}: ${input.note ?? ""}`,
          link: path,
          mail: skpReturnedMail({ ...common, note: input.note ?? "" }),
        },
  ]);
}
