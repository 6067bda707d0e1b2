/**
 * Demo SKP: an approved SKP in force for the demo employees (DESIGN.md §4), cascading down the
 * chain — the head of agency from the agency's e-SAKIP targets, everyone else from their
 * supervisor's RHK — so a newcomer sees a realistic plan and the demo staff member can cascade
 * their own draft. The demo staff account (DEMO_ACCOUNTS.staf) gets none: it drafts its own.
 * Idempotent: an employee who already has an SKP for the year is left alone.
 */
import type { Prisma } from "../lib/generated/prisma/client";
import { DEMO_ACCOUNTS, DEMO_EMPLOYEES } from "./factories";

type Tx = Prisma.TransactionClient;

const PREFIX = /^(Meningkatnya|Terwujudnya|Tersusunnya|Terlaksananya|Tersedianya|Terkelolanya)\s+/i;

/** "Meningkatnya kualitas SPBE" → "kualitas SPBE": the object of a result statement. */
function objectOf(description: string): string {
  return description.replace(PREFIX, "").replace(/\s+pada .*$/, "");
}

/** A small deterministic number 1–4 from a text, so every person's targets differ but never change. */
function spread(text: string, salt: number): number {
  let h = salt;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return (h % 4) + 1;
}

export async function seedDemoSkps(tx: Tx, input: { year: number; employeeIds: Map<string, number> }): Promise<number> {
  const bkdAdmin = await tx.user.findFirst({ where: { role: "ADMIN_BKD", status: "ACTIVE" }, orderBy: { id: "asc" }, select: { id: true } });
  let created = 0;
  for (const person of DEMO_EMPLOYEES) {
    if (person.account !== "ACTIVE" || person.nip === DEMO_ACCOUNTS.staf.nip) continue;
    const employeeId = input.employeeIds.get(person.key);
    if (!employeeId) continue;
    const exists = await tx.skp.findUnique({ where: { employeeId_year: { employeeId, year: input.year } }, select: { id: true } });
    if (exists) continue;
    const employee = await tx.employee.findUniqueOrThrow({
      where: { id: employeeId },
      select: { opdId: true, supervisorId: true, unit: { select: { name: true } }, position: { select: { name: true } } },
    });

    // What this person's plan hangs from.
    type Parent = { parentRhkId: number | null; orgTargetId: number | null; text: string; annualTarget?: string; unit?: string };
    let parents: Parent[] = [];
    if (employee.supervisorId == null) {
      const targets = await tx.orgTarget.findMany({ where: { opdId: employee.opdId, year: input.year }, orderBy: { id: "asc" }, take: 4 });
      parents = targets.map((t) => ({ parentRhkId: null, orgTargetId: t.id, text: t.sasaranStrategis, annualTarget: t.target.toString(), unit: t.unit }));
    } else {
      const rhks = await tx.rhk.findMany({
        where: { kind: "UTAMA", skpVersion: { inForceOf: { employeeId: employee.supervisorId, year: input.year } } },
        orderBy: { position: "asc" },
        take: 2,
      });
      parents = rhks.map((r) => ({ parentRhkId: r.id, orgTargetId: null, text: r.description }));
    }
    if (parents.length === 0) parents = [{ parentRhkId: null, orgTargetId: null, text: `Terlaksananya tugas ${employee.position.name}` }];

    const approverUserId = employee.supervisorId == null
      ? bkdAdmin?.id
      : (await tx.user.findUnique({ where: { employeeId: employee.supervisorId }, select: { id: true } }))?.id;
    const ownUser = await tx.user.findUnique({ where: { employeeId }, select: { id: true } });
    if (!approverUserId || !ownUser) continue;

    const submittedAt = new Date(Date.UTC(input.year, 0, 8, 2, 0));
    const approvedAt = new Date(Date.UTC(input.year, 0, 12, 3, 0));
    const skp = await tx.skp.create({ data: { employeeId, year: input.year } });
    const version = await tx.skpVersion.create({
      data: { skpId: skp.id, number: 1, status: "DISETUJUI", approverEmployeeId: employee.supervisorId, submittedAt, approvedAt },
    });
    const rhks = [
      ...parents.map((p, i) => ({
        kind: "UTAMA" as const,
        description: p.orgTargetId != null ? p.text : `Terwujudnya ${objectOf(p.text)} pada ${employee.unit.name}`,
        parentRhkId: p.parentRhkId,
        orgTargetId: p.orgTargetId,
        ikis: p.orgTargetId != null
          ? [{ description: `Capaian ${objectOf(p.text)}`, unit: p.unit ?? "nilai", monthly: false, annual: p.annualTarget ?? "1", aspect: "KUALITAS" as const }]
          : [
              { description: `Jumlah dokumen dukungan ${objectOf(p.text)} yang diselesaikan`, unit: "dokumen", monthly: true, annual: "", aspect: "KUANTITAS" as const, salt: i },
              { description: `Persentase kegiatan ${objectOf(p.text)} yang selesai tepat waktu`, unit: "persen", monthly: false, annual: "100", aspect: "WAKTU" as const },
            ],
      })),
      {
        kind: "TAMBAHAN" as const,
        description: `Terlaksananya tugas tambahan dari pimpinan di ${employee.unit.name}`,
        parentRhkId: null,
        orgTargetId: null,
        ikis: [{ description: "Jumlah laporan pelaksanaan tugas tambahan", unit: "laporan", monthly: false, annual: "4", aspect: "KUANTITAS" as const }],
      },
    ];
    for (const [position, rhk] of rhks.entries()) {
      await tx.rhk.create({
        data: {
          skpVersionId: version.id,
          position,
          kind: rhk.kind,
          description: rhk.description,
          parentRhkId: rhk.parentRhkId,
          orgTargetId: rhk.orgTargetId,
          ikis: {
            create: rhk.ikis.map((iki, i) => ({
              position: i,
              description: iki.description,
              aspect: iki.aspect,
              unit: iki.unit,
              polarity: "MAKIN_TINGGI" as const,
              evidenceExpected: iki.unit === "dokumen" ? "Dokumen hasil kerja yang telah diparaf atasan" : "Laporan capaian",
              targets: {
                // Monthly indicators have a target every month; the others at the end of each quarter
                // (percentages) or of the year (e-SAKIP targets).
                create: iki.monthly
                  ? Array.from({ length: 12 }, (_, m) => ({ month: m + 1, target: String(spread(`${person.nip}${iki.description}`, m)) }))
                  : iki.unit === "persen" || iki.unit === "laporan"
                    ? [3, 6, 9, 12].map((month) => ({ month, target: iki.unit === "laporan" ? "1" : iki.annual }))
                    : [{ month: 12, target: iki.annual }],
              },
            })),
          },
        },
      });
    }
    await tx.skp.update({ where: { id: skp.id }, data: { inForceVersionId: version.id } });
    await tx.skpReview.createMany({
      data: [
        { skpVersionId: version.id, actorUserId: ownUser.id, action: "SUBMIT", fromStatus: "DRAFT", toStatus: "DIAJUKAN", createdAt: submittedAt },
        { skpVersionId: version.id, actorUserId: approverUserId, action: "APPROVE", fromStatus: "DIAJUKAN", toStatus: "DISETUJUI", createdAt: approvedAt },
      ],
    });
    created += 1;
  }
  return created;
}
