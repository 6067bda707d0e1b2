import type { Metadata } from "next";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { formatBp } from "@/lib/domain/remuneration/line";
import { monthKey, parseMonthKey } from "@/lib/domain/remuneration/run-rules";
import { formatDateTimeWib } from "@/lib/format-date";
import { formatRupiah } from "@/lib/format-number";
import { requireUser } from "@/lib/server/auth/current-user";
import { isAppError } from "@/lib/server/errors";
import { predictAllowance } from "@/lib/server/remuneration/predict";
import { slipOf, type Slip } from "@/lib/server/remuneration/slip";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/trk/print-button";
import { SlipView } from "@/components/trk/slip-view";
import { intParam, param, type SearchParams } from "../admin/search-params";

export const metadata: Metadata = { title: "Slip TRK" };

function previousMonth(now: Date): { year: number; month: number } {
  const { year, month } = jakartaDate(now);
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/**
 * "Slip TRK" (DESIGN.md §8.3): the employee's allowance of a month from the newest FINAL run (or the
 * newest draft, marked "sementara"), every line explained; printable. A supervisor or admin opens a
 * colleague's slip in their scope with ?pegawai=<id>. Below, the prediction for the current month.
 */
export default async function SlipPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const now = new Date();
  const chosen = parseMonthKey(param(params, "bulan")) ?? previousMonth(now);
  const employeeId = intParam(params, "pegawai");
  let slip: Slip | null = null;
  let refusal: string | null = null;
  try {
    slip = await slipOf(user, { ...chosen, employeeId });
  } catch (error) {
    if (!isAppError(error)) throw error;
    refusal = error.message;
  }
  const own = !employeeId || employeeId === user.employeeId;
  const prediction = own ? await predictAllowance(user, now) : null;
  const label = `${monthLabel(chosen.month)} ${chosen.year}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Slip TRK</h1>
          <p className="text-slate-600">Tunjangan Remunerasi Kinerja bulan kinerja {label}, dibayarkan bulan berikutnya.</p>
        </div>
        <div className="no-print flex flex-wrap items-end gap-3">
          <form method="get" action="/trk" className="flex items-end gap-2">
            {employeeId ? <input type="hidden" name="pegawai" value={employeeId} /> : null}
            <div>
              <label htmlFor="bulan" className="block text-sm font-medium text-slate-700">Bulan</label>
              <input id="bulan" name="bulan" type="month" defaultValue={monthKey(chosen.year, chosen.month)} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm" />
            </div>
            <Button type="submit" variant="secondary">Tampilkan</Button>
          </form>
          {slip ? <PrintButton /> : null}
        </div>
      </div>

      {refusal ? <Alert tone="error" testId="slip-error">{refusal}</Alert> : null}

      {slip ? (
        <section aria-labelledby="judul-slip" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm print:border-0 print:shadow-none">
          <h2 id="judul-slip" className="text-lg font-semibold">
            {slip.employee.name} <span className="font-normal text-slate-600">· NIP {slip.employee.nip}</span>
          </h2>
          <p className="mb-4 text-sm text-slate-600">
            {slip.employee.position} · {slip.employee.opd} · {label} · revisi {slip.run.revision}
            {slip.provisional ? " (sementara)" : " (final)"}
          </p>
          <SlipView line={slip.line} provisional={slip.provisional} computedAt={slip.run.computedAt} finalisedAt={slip.run.finalisedAt} />
        </section>
      ) : !refusal ? (
        <Alert tone="info" testId="slip-empty">TRK {label} belum dihitung.</Alert>
      ) : null}

      {prediction ? (
        <section aria-labelledby="perkiraan" className="no-print rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="prediction">
          <h2 id="perkiraan" className="text-lg font-semibold">Perkiraan TRK {monthLabel(prediction.month)} {prediction.year}</h2>
          <p className="text-sm text-slate-600">
            Dihitung dengan aturan yang sama dari data sampai {formatDateTimeWib(prediction.asOf)}: nilai kinerja sejauh ini{" "}
            {prediction.line.breakdown.score.text ?? "—"}, potongan disiplin {formatBp(prediction.line.disciplineDeductionBp)}. Bukan angka final.
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
            <div><dt className="text-slate-500">Kinerja</dt><dd className="tabular-nums">{formatRupiah(prediction.line.kinerja)}</dd></div>
            <div><dt className="text-slate-500">Disiplin</dt><dd className="tabular-nums">{formatRupiah(prediction.line.disiplin)}</dd></div>
            <div><dt className="text-slate-500">PPh 21</dt><dd className="tabular-nums">{formatRupiah(prediction.line.tax)}</dd></div>
            <div><dt className="text-slate-500">Perkiraan neto</dt><dd className="font-semibold tabular-nums">{formatRupiah(prediction.line.net)}</dd></div>
          </dl>
        </section>
      ) : null}
    </div>
  );
}
