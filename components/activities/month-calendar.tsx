import Link from "next/link";
import type { MonthSummary, SummaryDay } from "@/lib/server/activities/month-summary";
import { formatMinutes } from "@/lib/domain/activities/month-param";
import { monthLabel } from "@/lib/domain/period";
import { formatDayKey } from "./format";

const WEEKDAYS = [
  { short: "Sen", long: "Senin" },
  { short: "Sel", long: "Selasa" },
  { short: "Rab", long: "Rabu" },
  { short: "Kam", long: "Kamis" },
  { short: "Jum", long: "Jumat" },
  { short: "Sab", long: "Sabtu" },
  { short: "Min", long: "Minggu" },
];

const ATTENDANCE: Record<string, string> = { CUTI: "Cuti", SAKIT: "Sakit", DINAS_LUAR: "Dinas luar", WFH: "WFH", TK: "Tanpa keterangan" };

/** Weeks of the month, Monday first, with empty cells before day 1 and after the last day. */
function weeks(days: SummaryDay[]): (SummaryDay | null)[][] {
  const cells: (SummaryDay | null)[] = [...Array<null>(days[0]!.isoWeekday - 1).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const out: (SummaryDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) out.push(cells.slice(i, i + 7));
  return out;
}

function DayCell({ day, linkDays }: { day: SummaryDay; linkDays: boolean }) {
  const shaded = !day.working;
  const label = formatDayKey(day.date);
  const content = (
    <>
      <span className="block text-sm font-semibold">
        <span aria-hidden="true">{day.day}</span>
        <span className="sr-only">{label}</span>
      </span>
      {day.holiday ? <span className="block text-[11px] leading-tight text-red-700">{day.holiday}</span> : null}
      {day.attendance && ATTENDANCE[day.attendance] ? <span className="block text-[11px] text-amber-800">{ATTENDANCE[day.attendance]}</span> : null}
      {day.minutes.approved > 0 ? (
        <span className="block text-xs font-semibold text-green-800" data-testid="day-approved">
          <span className="sr-only">Disetujui </span>{formatMinutes(day.minutes.approved)}
        </span>
      ) : null}
      {day.minutes.submitted > 0 ? (
        <span className="block text-xs text-slate-600">
          <span className="sr-only">Diajukan </span>
          <span aria-hidden="true">(</span>{formatMinutes(day.minutes.submitted)}<span aria-hidden="true">)</span>
        </span>
      ) : null}
    </>
  );
  return (
    <td
      className={`h-20 min-w-[2.75rem] border border-slate-200 p-1 align-top ${shaded ? "bg-slate-100 text-slate-700" : "bg-white"}`}
      data-date={day.date}
      data-testid="calendar-day"
    >
      {linkDays ? (
        <Link href={`/aktivitas?tanggal=${day.date}`} className="block h-full rounded hover:bg-brand-50 focus:outline-2 focus:outline-brand-600">
          {content}
        </Link>
      ) : (
        content
      )}
    </td>
  );
}

/**
 * The month as a real table (Mon–Sun), so a screen reader reads it as a calendar: weekends and
 * holidays shaded with the holiday's name, approved minutes, submitted ones lighter.
 */
export function MonthCalendar({ summary, linkDays }: { summary: MonthSummary; linkDays: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-left" data-testid="month-calendar">
        <caption className="sr-only">Kalender aktivitas {monthLabel(summary.month)} {summary.year}: menit disetujui per hari, menit diajukan dalam kurung</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((w) => (
              <th key={w.short} scope="col" className="p-1 text-center text-xs font-semibold text-slate-600">
                <abbr title={w.long} className="no-underline">{w.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks(summary.days).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => (day ? <DayCell key={day.date} day={day} linkDays={linkDays} /> : <td key={`e${j}`} className="border border-slate-100 bg-slate-50" />))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Target and progress (§8.1), with a progress bar screen readers can read. */
export function MonthProgress({ summary }: { summary: MonthSummary }) {
  const value = summary.progressPercentCapped;
  const raw = summary.progressPercent;
  const percent = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 2 });
  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="progress-title">
      <h2 id="progress-title" className="font-semibold">Capaian menit bulan ini</h2>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div><dt className="text-slate-500">Disetujui</dt><dd className="font-semibold" data-testid="approved-minutes">{summary.approvedMinutes.toLocaleString("id-ID")} menit</dd></div>
        <div><dt className="text-slate-500">Target</dt><dd className="font-semibold" data-testid="target-minutes">{summary.targetMinutes.toLocaleString("id-ID")} menit</dd></div>
        <div><dt className="text-slate-500">Hari kerja efektif</dt><dd>{summary.effectiveDays} dari {summary.workingDays} hari kerja</dd></div>
        <div><dt className="text-slate-500">Menunggu persetujuan</dt><dd>{summary.totals.submitted.toLocaleString("id-ID")} menit</dd></div>
      </dl>
      <div
        role="progressbar"
        aria-label="Capaian menit disetujui terhadap target"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={raw === null ? "Tidak ada target bulan ini" : `${percent(raw)} persen dari target`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-green-600" style={{ width: `${value}%` }} />
      </div>
      <p className="text-sm text-slate-700" data-testid="progress-text">
        {raw === null ? "Tidak ada hari kerja efektif bulan ini, sehingga tidak ada target." : `${percent(raw)}% dari target${raw > 100 ? " (melampaui target)" : ""}.`}
      </p>
    </section>
  );
}
