"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type DailyMinutesPoint = { day: number; date: string; approved: number; submitted: number; working: boolean };

/** Minutes per day of the month (approved and waiting), with the daily share of the target; a table follows for screen readers. */
export function DailyMinutesChart({ data, dailyTarget, title }: { data: DailyMinutesPoint[]; dailyTarget: number | null; title: string }) {
  return (
    <figure className="space-y-2" aria-labelledby="daily-minutes-title">
      <figcaption id="daily-minutes-title" className="text-sm font-semibold">{title}</figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} />
            <Tooltip formatter={(value, name) => [`${value} menit`, name === "approved" ? "Disetujui" : "Diajukan"]} labelFormatter={(day) => `Tanggal ${day}`} />
            <Legend formatter={(name) => (name === "approved" ? "Disetujui" : "Diajukan")} />
            <Bar dataKey="approved" stackId="m" fill="#15803d" />
            <Bar dataKey="submitted" stackId="m" fill="#7dd3fc" />
            {dailyTarget ? <ReferenceLine y={dailyTarget} stroke="#b45309" strokeDasharray="4 4" /> : null}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Lihat sebagai tabel</summary>
        <table className="mt-2 min-w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500"><th scope="col">Tanggal</th><th scope="col" className="text-right">Disetujui (menit)</th><th scope="col" className="text-right">Diajukan (menit)</th></tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.date} className={d.working ? "" : "text-slate-500"}>
                <th scope="row" className="text-left font-normal">{d.day}{d.working ? "" : " (libur)"}</th>
                <td className="text-right tabular-nums">{d.approved}</td>
                <td className="text-right tabular-nums">{d.submitted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
