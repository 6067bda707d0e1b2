import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ORG_TARGET_MAX_YEAR, ORG_TARGET_MIN_YEAR } from "@/lib/domain/imports/org-target-row";
import { jakartaDate } from "@/lib/domain/period";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { requireUser } from "@/lib/server/auth/current-user";
import { listOrgTargetsForAdmin } from "@/lib/server/org-targets/queries";
import { ImportPageIntro } from "@/components/imports/import-page-intro";
import { OrgTargetImportForm } from "@/components/imports/org-target-import-form";
import { OrgTargetTable } from "@/components/imports/org-target-table";
import { Alert } from "@/components/ui/alert";
import { intParam, param, type SearchParams } from "../search-params";
import { importOrgTargetsAction } from "./actions";

export const metadata: Metadata = { title: "Impor Sasaran Organisasi (e-SAKIP)" };

const COLUMNS: [string, string][] = [
  ["kode_opd", "kode perangkat daerah, misalnya 2.14"],
  ["tahun", `tahun sasaran, ${ORG_TARGET_MIN_YEAR}–${ORG_TARGET_MAX_YEAR}`],
  ["sasaran_strategis", "sasaran strategis perangkat daerah (paling panjang 500 karakter)"],
  ["indikator", "indikator kinerja utama sasaran itu (paling panjang 500 karakter)"],
  ["target", "angka tidak negatif, paling banyak 4 angka di belakang koma; 4.2 atau 4,2; tanpa pemisah ribuan"],
  ["satuan", "satuan indikator, misalnya persen, indeks, nilai (paling panjang 50 karakter)"],
];

export default async function ImportOrgTargetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role !== "ADMIN_OPD" && user.role !== "ADMIN_BKD") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const agencies = await agencyOptions(user);
  const agency = agencies.find((a) => a.id === (isBkd ? intParam(params, "opd") : user.opdId));

  const currentYear = jakartaDate(new Date()).year;
  const yearText = param(params, "tahun");
  const askedYear = /^[0-9]{4}$/.test(yearText) ? Number(yearText) : NaN;
  const yearValid = askedYear >= ORG_TARGET_MIN_YEAR && askedYear <= ORG_TARGET_MAX_YEAR;
  const year = yearValid ? askedYear : currentYear;
  const stored = agency ? await listOrgTargetsForAdmin(user, { opdId: agency.id, year }) : null;
  const otherYears = stored?.years.filter((y) => y !== year) ?? [];

  return (
    <div className="space-y-6">
      <ImportPageIntro
        crumb="Impor Sasaran Organisasi"
        title="Impor Sasaran Organisasi (e-SAKIP)"
        templateHref="/admin/impor-sasaran/templat"
        columns={COLUMNS}
      >
        Unggah sasaran strategis dan indikator kinerja perangkat daerah hasil ekspor e-SAKIP. Kepala perangkat daerah menurunkan
        (mengintervensi) RHK pada SKP-nya dari sasaran ini. Setiap baris diperiksa lebih dulu; bila ada baris bermasalah tidak ada
        yang diimpor, kecuali Anda memilih mengimpor baris yang valid saja. Sasaran yang sudah ada (perangkat daerah, tahun,
        sasaran strategis dan indikator yang sama) diperbarui target dan satuannya; mengimpor berkas yang sama dua kali tidak
        mengubah apa pun. Sasaran yang tidak ada di berkas tidak dihapus.
        {isBkd ? "" : " Anda hanya dapat mengimpor sasaran perangkat daerah Anda sendiri."}
      </ImportPageIntro>
      <OrgTargetImportForm action={importOrgTargetsAction} />

      <section aria-labelledby="sasaran-tersimpan" className="space-y-4">
        <h2 id="sasaran-tersimpan" className="text-lg font-semibold">Sasaran tersimpan</h2>
        {/* Keyed by the choice shown: after a client-side navigation (a result link) the fields must show the new one. */}
        <form key={`${agency?.id ?? ""}-${year}`} method="get" action="/admin/impor-sasaran#sasaran-tersimpan" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          {isBkd ? (
            <div className="min-w-0 flex-1">
              <label htmlFor="opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
              <select id="opd" name="opd" defaultValue={agency?.id ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
                <option value="">— Pilih perangkat daerah —</option>
                {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
              </select>
            </div>
          ) : (
            <p className="min-w-0 flex-1 text-sm">
              <span className="block font-medium text-slate-700">Perangkat daerah</span>
              <span className="mt-1 block py-2">{agency?.label ?? "—"}</span>
            </p>
          )}
          <div>
            <label htmlFor="tahun" className="block text-sm font-medium text-slate-700">Tahun</label>
            <input
              id="tahun"
              name="tahun"
              type="number"
              inputMode="numeric"
              min={ORG_TARGET_MIN_YEAR}
              max={ORG_TARGET_MAX_YEAR}
              defaultValue={year}
              className="mt-1 block w-28 rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">
            Tampilkan
          </button>
        </form>
        {yearText !== "" && !yearValid ? (
          <Alert tone="warning">
            Tahun “{yearText}” tidak valid (harus {ORG_TARGET_MIN_YEAR}–{ORG_TARGET_MAX_YEAR}); ditampilkan tahun {year}.
          </Alert>
        ) : null}
        {agency && stored ? (
          <>
            <OrgTargetTable targets={stored.targets} caption={`${agency.label}, tahun ${year}`} />
            {otherYears.length > 0 ? (
              <p className="text-sm text-slate-600">
                Tahun lain yang tersimpan:{" "}
                {otherYears.map((y, i) => (
                  <span key={y}>
                    {i > 0 ? ", " : ""}
                    <Link href={`/admin/impor-sasaran?${isBkd ? `opd=${agency.id}&` : ""}tahun=${y}#sasaran-tersimpan`} className="text-brand-700 hover:underline">
                      {y}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
          </>
        ) : (
          <p className="text-sm text-slate-600">Pilih perangkat daerah dan tahun untuk melihat sasaran yang sudah tersimpan.</p>
        )}
      </section>
    </div>
  );
}
