import type { EmployeeMonthCodes } from "@/lib/server/attendance/month-codes";

const STATUS_LABELS: Record<string, string> = { HADIR: "Hadir", WFH: "WFH", CUTI: "Cuti", SAKIT: "Sakit", DINAS_LUAR: "Dinas luar", TK: "TK" };

/** "1,5%" from basis points. */
export function percentText(bp: number): string {
  return `${(bp / 100).toLocaleString("id-ID", { maximumFractionDigits: 2 })}%`;
}

/** Per employee: the stored days of the month, the derived TL/PSW/TK codes and the total deduction. */
export function AttendanceCodesTable({ employees, caption }: { employees: EmployeeMonthCodes[]; caption: string }) {
  if (employees.length === 0) {
    return <p className="text-sm text-slate-600" data-testid="attendance-codes-empty">Tidak ada pegawai pada {caption}.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="attendance-codes">
        <caption className="px-3 py-2 text-left font-semibold">Kode kehadiran · {caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Pegawai</th>
            <th scope="col" className="px-3 py-2 text-right">Hari tercatat</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Kode (tanggal)</th>
            <th scope="col" className="px-3 py-2 text-right">Potongan disiplin</th>
          </tr>
        </thead>
        <tbody>
          {employees.map((e) => (
            <tr key={e.employeeId} className="border-t border-slate-200 align-top" data-nip={e.nip}>
              <td className="px-3 py-2">
                <span className="block">{e.name}</span>
                <span className="block font-mono text-xs text-slate-500">{e.nip}</span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{e.storedDays}</td>
              <td className="px-3 py-2 text-xs">
                {Object.entries(e.statusCounts).map(([s, n]) => `${STATUS_LABELS[s] ?? s} ${n}`).join(", ") || "—"}
              </td>
              <td className="px-3 py-2">
                {e.codes.length === 0 ? (
                  <span className="text-slate-500">—</span>
                ) : (
                  <ul className="flex flex-wrap gap-1">
                    {e.codes.map((c) => (
                      <li key={`${c.date}-${c.code}`} title={`${c.note}; potongan ${percentText(c.deductionBp)}`} className="rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-900">
                        {c.code} ({c.date.slice(8)})
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2 text-right font-semibold tabular-nums">{percentText(e.deductionBp)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
