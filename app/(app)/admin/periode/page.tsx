import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { jakartaDate } from "@/lib/domain/period";
import { PERIOD_YEAR_MAX, PERIOD_YEAR_MIN } from "@/lib/domain/period-lock";
import { formatDateTimeWib } from "@/lib/format-date";
import { requireUser } from "@/lib/server/auth/current-user";
import { allowed } from "@/lib/server/authz";
import { listPeriodsOfYear } from "@/lib/server/periods/list-periods";
import { MonthLockControls } from "@/components/periods/month-lock-forms";
import { Button } from "@/components/ui/button";
import { intParam, type SearchParams } from "../search-params";
import { lockMonthAction, reopenMonthAction } from "./actions";

export const metadata: Metadata = { title: "Periode dan Penguncian Bulan" };

function who(person: { name: string; nip: string } | null): string {
  return person ? `${person.name} (${person.nip})` : "—";
}

/** Admin BKD: the lock state of the twelve performance months of a year; lock early or reopen (DESIGN.md §3). */
export default async function PeriodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (!allowed(user, "period.lock")) notFound();
  const now = new Date();
  const currentYear = jakartaDate(now).year;
  const params = await searchParams;
  const requested = intParam(params, "tahun");
  // "Kunci Sekarang" without JavaScript: the page with that month's confirmation open.
  const confirmMonth = intParam(params, "kunci");
  const year = requested && requested >= PERIOD_YEAR_MIN && requested <= PERIOD_YEAR_MAX ? requested : currentYear;
  const months = await listPeriodsOfYear(user, { year, now });
  const years = Array.from(new Set([currentYear - 2, currentYear - 1, currentYear, currentYear + 1, year])).sort((a, b) => a - b);

  return (
    <div className="space-y-6">
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> / Periode
      </nav>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Periode dan Penguncian Bulan</h1>
        <p className="text-slate-600">
          Bulan kinerja M terkunci otomatis pada jadwalnya (tanggal 5 bulan berikutnya pukul 23.59 WIB) atau lebih awal bila dikunci
          Admin BKD. Setelah terkunci, aktivitas, realisasi IKI dan penilaian bulan itu tidak dapat diubah lagi. Membuka kembali
          memerlukan alasan dan tercatat di log audit; bulan yang dibuka kembali tetap terbuka sampai dikunci lagi.
        </p>
      </div>

      <form method="get" action="/admin/periode" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="tahun" className="block text-sm font-medium text-slate-700">Tahun</label>
          <select id="tahun" name="tahun" defaultValue={year} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm">
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">Tampilkan</Button>
      </form>

      <section aria-labelledby="daftar-bulan" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="daftar-bulan" className="mb-3 text-lg font-semibold">Bulan kinerja {year}</h2>
        <ul className="divide-y divide-slate-100" data-testid="period-list">
          {months.map((m) => {
            const ref = { year, month: m.month, label: m.label };
            return (
              <li key={m.month} className="grid gap-3 py-4 md:grid-cols-[1fr_1fr]" data-testid={`period-${m.month}`}>
                <div className="space-y-1 text-sm">
                  <p className="text-base font-semibold">
                    {m.label} {year}{" "}
                    <span
                      data-testid={`period-${m.month}-state`}
                      className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${m.locked ? "bg-red-100 text-red-800" : "bg-green-100 text-green-800"}`}
                    >
                      {m.locked ? "Terkunci" : "Terbuka"}
                    </span>
                  </p>
                  <p className="text-slate-600">Jadwal kunci: {formatDateTimeWib(m.lockAt)}</p>
                  {m.lockedAt ? (
                    <p className="text-slate-600">Dikunci oleh {who(m.lockedBy)} pada {formatDateTimeWib(m.lockedAt)}</p>
                  ) : null}
                  {m.reopenedAt ? (
                    <p className="text-slate-600">
                      Dibuka kembali oleh {who(m.reopenedBy)} pada {formatDateTimeWib(m.reopenedAt)}
                      {m.reopenReason ? <> — alasan: “{m.reopenReason}”</> : null}
                    </p>
                  ) : null}
                </div>
                <MonthLockControls
                  period={ref}
                  locked={m.locked}
                  started={m.started}
                  actions={{ lock: lockMonthAction, reopen: reopenMonthAction }}
                  confirmOnLoad={confirmMonth === m.month}
                />
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
