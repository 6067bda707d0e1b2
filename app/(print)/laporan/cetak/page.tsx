import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";
import { employeeReport } from "@/lib/server/reports/employee-report";
import { jakartaDate } from "@/lib/domain/period";
import { parseReportPeriod, periodKey, single } from "@/lib/domain/reports/report-period";
import { EmployeeReportView } from "@/components/reports/employee-report-view";
import { PrintButton } from "@/components/reports/print-button";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Cetak Laporan Kinerja" };

/**
 * /laporan/cetak?bulan=YYYY-MM | ?tahun=YYYY [&nip=…]: the printable monthly or annual performance
 * report (DESIGN.md §11) of the user, or of an employee in their scope (supervisor, admins).
 */
export default async function PrintReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const now = new Date();
  const sp = await searchParams;
  const nip = single(sp.nip);
  const parsed = parseReportPeriod({ bulan: single(sp.bulan), tahun: single(sp.tahun) }, jakartaDate(now));
  let body: React.ReactNode;
  let pdfHref: string | null = null;
  if (!parsed.ok) body = <Alert tone="error" testId="report-error">{parsed.message}</Alert>;
  else if (nip !== undefined && !/^\d{18}$/.test(nip)) body = <Alert tone="error" testId="report-error">NIP harus 18 angka.</Alert>;
  else {
    try {
      const report = await employeeReport(db, { actor: user, nip, period: parsed.value, now });
      const q = new URLSearchParams({ [parsed.value.month === null ? "tahun" : "bulan"]: periodKey(parsed.value), ...(nip ? { nip } : {}) });
      pdfHref = `/laporan/cetak/pdf?${q.toString()}`;
      body = <EmployeeReportView report={report} />;
    } catch (error) {
      if (!isAppError(error)) throw error;
      body = <Alert tone={error.code === "NOT_FOUND" ? "error" : "warning"} testId="report-error">{error.message}</Alert>;
    }
  }
  return (
    <>
      <div className="no-print mb-5 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href="/laporan" className="text-sm text-brand-700 underline">← Kembali ke Laporan</Link>
        {pdfHref ? (
          <div className="flex flex-wrap gap-2">
            <PrintButton />
            <a href={pdfHref} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50" download>Unduh PDF</a>
          </div>
        ) : null}
      </div>
      {body}
    </>
  );
}
