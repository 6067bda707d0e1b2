"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; label: string; color: string };

/** A small bar chart of labelled categories (one or more series), followed by the same numbers as a table. */
export function BarChartTable({ title, data, series, valueSuffix = "" }: { title: string; data: ({ label: string } & Record<string, number | string | null>)[]; series: BarSeries[]; valueSuffix?: string }) {
  const id = `chart-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <figure className="space-y-2" aria-labelledby={id}>
      <figcaption id={id} className="text-sm font-semibold">{title}</figcaption>
      <div className="h-56 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
            <YAxis tick={{ fontSize: 11 }} allowDecimals={false} />
            <Tooltip />
            {series.length > 1 ? <Legend /> : null}
            {series.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} />)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">Lihat sebagai tabel</summary>
        <table className="mt-2 min-w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="text-left text-xs text-slate-500">
              <th scope="col">Kategori</th>
              {series.map((s) => <th key={s.key} scope="col" className="text-right">{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row" className="text-left font-normal">{d.label}</th>
                {series.map((s) => <td key={s.key} className="text-right tabular-nums">{d[s.key] === null || d[s.key] === undefined ? "—" : `${String(d[s.key]).replace(".", ",")}${valueSuffix}`}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
