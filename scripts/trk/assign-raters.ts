/**
 * `npm run trk -- assign-raters [--month YYYY-MM] [--notify]`: builds the rater assignments of a
 * performance month now (DESIGN.md §7) — by default the current WIB month — with the same service
 * as the month-start job, so running it again adds nothing. With --notify it also sends the rating
 * request (RATING_REQUESTED) to every rater not yet asked, when the month's window is open.
 * Exit code 1 on bad input or a locked month.
 */
import { parseArgs } from "node:util";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

export const assignRatersCommand: TrkCommand = {
  usage: "assign-raters [--month YYYY-MM] [--notify]",
  summary: "Tetapkan penilai 360° untuk satu bulan (bawaan: bulan ini, WIB); --notify juga mengirim permintaan penilaian bila jendela penilaian sudah dibuka.",
  run: async (args) => {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: false, options: { month: { type: "string" }, notify: { type: "boolean" } } });
    } catch (error) {
      console.error(`Opsi tidak dikenal atau tidak lengkap (${error instanceof Error ? error.message : String(error)}).\nPenggunaan: npm run trk -- ${assignRatersCommand.usage}`);
      return 1;
    }
    const { jakartaDate } = await import("../../lib/domain/period");
    const { isPeriodMonth, periodLabel } = await import("../../lib/domain/period-lock");
    const today = jakartaDate(new Date());
    let period = { year: today.year, month: today.month };
    if (parsed.values.month !== undefined) {
      const match = /^(\d{4})-(\d{2})$/.exec(parsed.values.month.trim());
      const candidate = match ? { year: Number(match[1]), month: Number(match[2]) } : null;
      if (!candidate || !isPeriodMonth(candidate.year, candidate.month)) {
        console.error(`Bulan tidak valid: ${parsed.values.month}. Gunakan format YYYY-MM, misalnya 2026-12.`);
        return 1;
      }
      period = candidate;
    }
    return withDatabase(async () => {
      const { db } = await import("../../lib/server/db");
      const { isAppError } = await import("../../lib/server/errors");
      const { assignRaters } = await import("../../lib/server/ratings/assign-raters");
      const { getRatingWindow } = await import("../../lib/server/ratings/config");
      const { notifyRatingRequests } = await import("../../lib/server/ratings/notify-rating-requests");
      try {
        const run = await assignRaters(period);
        console.log(
          `Penilai ${periodLabel(period.year, period.month)}: ${run.members} pegawai ikut, ${run.created} penugasan baru, ${run.removed} dihapus (belum dinilai), ${run.total} penugasan seluruhnya.`,
        );
        if (parsed.values.notify) {
          const window = await getRatingWindow(db, { ...period, now: new Date() });
          if (!window.open) {
            console.error("Jendela penilaian bulan ini belum dibuka atau bulan sudah dikunci: permintaan penilaian tidak dikirim.");
            return 1;
          }
          const sent = await notifyRatingRequests(period);
          console.log(`Permintaan penilaian: ${sent.notified} penilai diberi tahu, ${sent.emailed} e-mail terkirim.`);
        }
        return 0;
      } catch (error) {
        if (isAppError(error)) {
          console.error(error.message);
          return 1;
        }
        throw error;
      } finally {
        await db.$disconnect();
      }
    });
  },
};
