/**
 * `npm run trk -- delete-orphan-evidence [--older-than-hours <n>]`: removes evidence files that
 * were uploaded but never attached to an activity, IKI realisation or instruction report (a form
 * abandoned after uploading), older than n hours (default 24). Meant for a daily scheduled job.
 */
import { parseArgs } from "node:util";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

const DEFAULT_HOURS = 24;

export const deleteOrphanEvidenceCommand: TrkCommand = {
  usage: "delete-orphan-evidence [--older-than-hours <n>]",
  summary: `Hapus berkas bukti yang tidak pernah dilampirkan, lebih tua dari n jam (bawaan ${DEFAULT_HOURS}).`,
  run: async (args) => {
    let hours = DEFAULT_HOURS;
    try {
      const parsed = parseArgs({ args, options: { "older-than-hours": { type: "string" } } });
      const value = parsed.values["older-than-hours"];
      if (value !== undefined) {
        if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error("--older-than-hours harus bilangan bulat 1 atau lebih.");
        hours = Number(value);
      }
    } catch (error) {
      console.error(`${error instanceof Error ? error.message : String(error)}\nPenggunaan: npm run trk -- ${deleteOrphanEvidenceCommand.usage}`);
      return 1;
    }
    return withDatabase(async () => {
      const { db } = await import("../../lib/server/db");
      const { deleteOrphanEvidence } = await import("../../lib/server/evidence/delete-orphan-evidence");
      try {
        const { deleted } = await deleteOrphanEvidence({ olderThan: new Date(Date.now() - hours * 3_600_000) });
        console.log(`${deleted} berkas bukti tanpa lampiran (lebih tua dari ${hours} jam) dihapus.`);
        return 0;
      } finally {
        await db.$disconnect();
      }
    });
  },
};
