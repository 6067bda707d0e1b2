/**
 * `npm run trk -- send-reminders [--date YYYY-MM-DD]`: sends the daily activity reminder
 * (DESIGN.md §10) for a WIB date now, whatever the time of day — by default today in WIB. The
 * same service as the background job, so it never reminds anyone twice for one date, and a
 * weekend or holiday reminds nobody. Exit code 1 on bad input.
 */
import { parseArgs } from "node:util";
import type { TrkCommand } from "./command";
import { withDatabase } from "./database";

export const sendRemindersCommand: TrkCommand = {
  usage: "send-reminders [--date YYYY-MM-DD]",
  summary: "Kirim pengingat aktivitas harian untuk satu tanggal (bawaan: hari ini, WIB) sekarang juga.",
  run: async (args) => {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: false, options: { date: { type: "string" } } });
    } catch (error) {
      console.error(`Opsi tidak dikenal atau tidak lengkap (${error instanceof Error ? error.message : String(error)}).\nPenggunaan: npm run trk -- ${sendRemindersCommand.usage}`);
      return 1;
    }
    const { compareCalendarDates } = await import("../../lib/domain/calendar-date");
    const { jakartaDate, parseDateKey } = await import("../../lib/domain/period");
    const today = jakartaDate(new Date());
    const date = parsed.values.date === undefined ? today : parseDateKey(parsed.values.date.trim());
    if (!date) {
      console.error(`Tanggal tidak valid: ${parsed.values.date}. Gunakan format YYYY-MM-DD, misalnya 2026-12-04.`);
      return 1;
    }
    if (compareCalendarDates(date, today) > 0) {
      console.error("Tanggal tidak boleh di masa depan: pengingat hanya untuk hari ini atau hari yang sudah lewat.");
      return 1;
    }
    return withDatabase(async () => {
      const { db } = await import("../../lib/server/db");
      const { sendActivityReminders } = await import("../../lib/server/reminders/activity-reminders");
      try {
        const run = await sendActivityReminders({ date });
        if (!run.workingDay) {
          console.log(`${run.date} bukan hari kerja (akhir pekan atau hari libur): tidak ada pengingat yang dikirim.`);
        } else {
          console.log(`Pengingat aktivitas ${run.date}: ${run.notified} pegawai diingatkan, ${run.emailed} e-mail terkirim.`);
        }
        return 0;
      } finally {
        await db.$disconnect();
      }
    });
  },
};
