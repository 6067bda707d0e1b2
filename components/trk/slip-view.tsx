import { expandDeduction, formatBp, type LineBreakdownJson } from "@/lib/domain/remuneration/line";
import { formatCalendarDate, formatDateTimeWib } from "@/lib/format-date";
import { formatRupiah } from "@/lib/format-number";

export type SlipLine = { kelasJabatan: number; golongan: string; employeeStatus: string; base: number; kinerja: number; disiplin: number; sanctionCut: number; gross: number; tax: number; net: number; breakdown: LineBreakdownJson };

const dateText = (key: string) => formatCalendarDate(new Date(`${key}T00:00:00Z`));

function Row({ label, detail, amount, testId, strong }: { label: string; detail: React.ReactNode; amount: string; testId: string; strong?: boolean }) {
  return (
    <tr className={strong ? "font-semibold" : undefined}>
      <th scope="row" className="py-2 pr-3 text-left align-top font-medium">{label}</th>
      <td className="py-2 pr-3 align-top text-sm text-slate-700">{detail}</td>
      <td className="py-2 text-right align-top tabular-nums" data-testid={testId}>{amount}</td>
    </tr>
  );
}

/**
 * Every line of a slip explained (DESIGN.md §8.3): base = amount × CPNS factor × days held / working
 * days; kinerja = share × payout(score) with the score's components; disiplin = share × (100% −
 * deductions) with each deduction by date and code; sanction cut; gross; tax; net.
 */
export function SlipView({ line, provisional, computedAt, finalisedAt }: { line: SlipLine; provisional: boolean; computedAt: Date | null; finalisedAt: Date | null }) {
  const b = line.breakdown;
  return (
    <div className="space-y-6">
      {provisional ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="slip-provisional">
          <strong>Sementara.</strong> Perhitungan ini masih draf dan dapat berubah sampai difinalkan oleh BKD
          {computedAt ? ` (dihitung ${formatDateTimeWib(computedAt)})` : ""}.
        </p>
      ) : finalisedAt ? (
        <p className="text-sm text-slate-600">Final sejak {formatDateTimeWib(finalisedAt)}.</p>
      ) : null}
      <table className="w-full border-collapse text-sm" data-testid="slip-table">
        <caption className="sr-only">Rincian TRK</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
            <th scope="col" className="py-2 pr-3">Komponen</th>
            <th scope="col" className="py-2 pr-3">Perhitungan</th>
            <th scope="col" className="py-2 text-right">Jumlah</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <Row
            label="Basis (pagu)"
            testId="slip-base"
            amount={formatRupiah(line.base)}
            detail={
              <>
                Basis kelas jabatan {line.kelasJabatan} {formatRupiah(b.base.amount)}
                {b.base.cpnsFactorBp !== 10_000 ? ` × ${formatBp(b.base.cpnsFactorBp)} (CPNS)` : ""} × {b.base.heldDays}/{b.base.workingDays} hari kerja
                {b.base.heldDays < b.base.workingDays ? ` (masa kerja ${dateText(b.employment.from)}${b.employment.to ? ` s.d. ${dateText(b.employment.to)}` : ""})` : ""}, dibulatkan ke bawah.
              </>
            }
          />
          <Row
            label="Bagian kinerja"
            testId="slip-kinerja"
            amount={formatRupiah(line.kinerja)}
            detail={
              <>
                {formatBp(b.kinerja.shareBp)} × basis × pembayaran {b.kinerja.payoutText.replace(/,?0+$/, "")}% untuk nilai kinerja{" "}
                <strong data-testid="slip-score">{b.score.text ?? "— (tidak ada komponen berdasar)"}</strong>.
              </>
            }
          />
          <Row
            label="Bagian disiplin"
            testId="slip-disiplin"
            amount={formatRupiah(line.disiplin)}
            detail={
              <>
                {formatBp(b.disiplin.shareBp)} × basis × (100% − potongan {formatBp(b.disiplin.deductionBpApplied)}
                {b.disiplin.deductionBpTotal > b.disiplin.deductionBpApplied ? `, dibatasi dari ${formatBp(b.disiplin.deductionBpTotal)}` : ""}).
              </>
            }
          />
          <Row
            label="Potongan hukuman disiplin"
            testId="slip-sanction"
            amount={line.sanctionCut ? `− ${formatRupiah(line.sanctionCut)}` : formatRupiah(0)}
            detail={
              b.sanctions.items.length
                ? `${b.sanctions.items.map((s) => `${s.kind}${s.reference ? ` (${s.reference})` : ""} ${formatBp(s.percentBp)}`).join("; ")} dari kinerja + disiplin.`
                : "Tidak ada hukuman disiplin yang berlaku bulan ini."
            }
          />
          <Row label="Bruto" testId="slip-gross" amount={formatRupiah(line.gross)} detail="Kinerja + disiplin − potongan hukuman disiplin." strong />
          <Row
            label="PPh 21"
            testId="slip-tax"
            amount={line.tax ? `− ${formatRupiah(line.tax)}` : formatRupiah(0)}
            detail={`${formatBp(b.tax.bp)} dari bruto (golongan ${line.golongan}, kelompok ${b.tax.golonganGroup}), dibulatkan ke bawah.`}
          />
          <Row label="Neto (diterima)" testId="slip-net" amount={formatRupiah(line.net)} detail="Bruto − PPh 21." strong />
        </tbody>
      </table>

      <section aria-labelledby="rincian-nilai" className="space-y-2">
        <h3 id="rincian-nilai" className="font-semibold">Komponen nilai kinerja</h3>
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
              <th scope="col" className="py-1 pr-3">Komponen</th>
              <th scope="col" className="py-1 pr-3 text-right">Nilai</th>
              <th scope="col" className="py-1 pr-3 text-right">Bobot</th>
              <th scope="col" className="py-1">Dasar</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {b.score.components.map((c) => (
              <tr key={c.component}>
                <td className="py-1 pr-3">{c.label}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{c.text ?? "—"}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{c.text ? formatBp(c.weightBp) : "tidak dihitung"}</td>
                <td className="py-1 text-slate-600">{c.basis}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-slate-500">Komponen tanpa dasar tidak dihitung; bobot komponen lain disesuaikan (DESIGN §8.1).</p>
      </section>

      <section aria-labelledby="rincian-potongan" className="space-y-2">
        <h3 id="rincian-potongan" className="font-semibold">Potongan disiplin per hari</h3>
        {b.disiplin.deductions.length === 0 ? (
          <p className="text-sm text-slate-600">Tidak ada potongan kehadiran bulan ini.</p>
        ) : (
          <table className="w-full border-collapse text-sm" data-testid="slip-deductions">
            <thead>
              <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
                <th scope="col" className="py-1 pr-3">Tanggal</th>
                <th scope="col" className="py-1 pr-3">Kode</th>
                <th scope="col" className="py-1 pr-3">Keterangan</th>
                <th scope="col" className="py-1 text-right">Potongan</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {b.disiplin.deductions.map(expandDeduction).map((d) => (
                <tr key={`${d.date}-${d.code}`}>
                  <td className="py-1 pr-3">{dateText(d.date)}</td>
                  <td className="py-1 pr-3 font-mono">{d.code}</td>
                  <td className="py-1 pr-3">{d.note}</td>
                  <td className="py-1 text-right tabular-nums">{formatBp(d.deductionBp)}</td>
                </tr>
              ))}
              <tr className="font-semibold">
                <td className="py-1 pr-3" colSpan={3}>Jumlah</td>
                <td className="py-1 text-right tabular-nums">{formatBp(b.disiplin.deductionBpTotal)}</td>
              </tr>
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
