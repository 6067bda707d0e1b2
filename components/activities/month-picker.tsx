import Link from "next/link";
import { monthParam, shiftMonth, type YearMonth } from "@/lib/domain/activities/month-param";
import { monthLabel } from "@/lib/domain/period";

/** A GET form (works without JavaScript) with previous/next links; `extra` keeps other query params. */
export function MonthPicker({ path, value, extra = {} }: { path: string; value: YearMonth; extra?: Record<string, string> }) {
  const href = (m: YearMonth) => `${path}?${new URLSearchParams({ ...extra, bulan: monthParam(m) }).toString()}`;
  return (
    <form method="get" action={path} className="flex flex-wrap items-end gap-2" aria-label="Pilih bulan">
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Link href={href(shiftMonth(value, -1))} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" aria-label="Bulan sebelumnya">
        ‹
      </Link>
      <div>
        <label htmlFor="bulan" className="block text-sm font-medium text-slate-700">Bulan</label>
        <input
          id="bulan"
          name="bulan"
          type="month"
          defaultValue={monthParam(value)}
          className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        />
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold">Tampilkan</button>
      <Link href={href(shiftMonth(value, 1))} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" aria-label="Bulan berikutnya">
        ›
      </Link>
      <span className="sr-only" aria-live="polite">{`${monthLabel(value.month)} ${value.year}`}</span>
    </form>
  );
}
