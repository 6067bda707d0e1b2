import { monthKey, type YearMonth } from "@/lib/domain/iki/months";

/** A GET form choosing the month (?bulan=YYYY-MM); works without JavaScript. */
export function MonthPicker({ action, selected, options }: { action: string; selected: YearMonth; options: (YearMonth & { label: string; extra?: string })[] }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="bulan" className="block text-xs text-slate-600">Bulan</label>
        <select id="bulan" name="bulan" defaultValue={monthKey(selected)} className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm">
          {options.map((m) => (
            <option key={monthKey(m)} value={monthKey(m)}>{m.label}{m.extra ? ` ${m.extra}` : ""}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">Buka</button>
    </form>
  );
}
