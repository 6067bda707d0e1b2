"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ScorePoint = { month: string; score: number | null; text: string | null };

/** The monthly score over the year (0–100); a table follows for screen readers. */
export function ScoreTrendChart({ data, title }: { data: ScorePoint[]; title: string }) {
  return (
    <figure className="space-y-2" aria-labelledby="score-trend-title">
      <figcaption id="score-trend-title" className="text-sm font-semibold">{title}</figcaption>
      <div className="h-48 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
            <Tooltip formatter={(_v, _n, item) => [(item.payload as ScorePoint).text ?? "—", "Nilai"]} />
            <Line type="monotone" dataKey="score" stroke="#1d4ed8" strokeWidth={2} connectNulls dot />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Lihat sebagai tabel</summary>
        <table className="mt-2 min-w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead><tr className="text-left text-xs text-slate-500"><th scope="col">Bulan</th><th scope="col" className="text-right">Nilai</th></tr></thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.month}><th scope="row" className="text-left font-normal">{d.month}</th><td className="text-right tabular-nums">{d.text ?? "—"}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
