import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ATTENDANCE_STATUSES } from "@/lib/domain/remuneration/attendance-codes";
import { jakartaDate, monthLabel } from "@/lib/domain/period";
import { listMonthAttendanceCodes } from "@/lib/server/attendance/month-codes";
import { agencyOptions } from "@/lib/server/admin/org-options";
import { requireUser } from "@/lib/server/auth/current-user";
import { AttendanceCodesTable } from "@/components/imports/attendance-codes-table";
import { AttendanceImportForm } from "@/components/imports/attendance-import-form";
import { ImportPageIntro } from "@/components/imports/import-page-intro";
import { Alert } from "@/components/ui/alert";
import { intParam, param, type SearchParams } from "../search-params";
import { importAttendanceAction } from "./actions";

export const metadata: Metadata = { title: "Impor Kehadiran (K-MOB)" };

const COLUMNS: [string, string][] = [
  ["nip", "NIP pegawai (18 angka), harus terdaftar"],
  ["tanggal", "tanggal kehadiran, YYYY-MM-DD; bukan hari yang akan datang dan bukan bulan yang sudah dikunci"],
  ["jam_masuk", "jam masuk HH:MM (WIB), boleh kosong: tanpa jam masuk dihitung TL4"],
  ["jam_pulang", "jam pulang HH:MM (WIB), setelah jam masuk; boleh kosong: tanpa jam pulang dihitung PSW4"],
  ["status", `${ATTENDANCE_STATUSES.join(", ")}; jam diabaikan untuk CUTI, SAKIT, DINAS_LUAR dan TK`],
];

const MONTH_RE = /^([0-9]{4})-([0-9]{2})$/;

export default async function ImportAttendancePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  if (user.role !== "ADMIN_OPD" && user.role !== "ADMIN_BKD") notFound();
  const params = await searchParams;
  const isBkd = user.role === "ADMIN_BKD";
  const agencies = await agencyOptions(user);
  const agency = agencies.find((a) => a.id === (isBkd ? intParam(params, "opd") : user.opdId));

  const today = jakartaDate(new Date());
  const monthText = param(params, "bulan");
  const m = MONTH_RE.exec(monthText);
  const monthValid = m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
  const year = monthValid ? Number(m![1]) : today.year;
  const month = monthValid ? Number(m![2]) : today.month;
  const monthValue = `${year}-${String(month).padStart(2, "0")}`;
  const codes = agency ? await listMonthAttendanceCodes(user, { opdId: agency.id, year, month }) : null;

  return (
    <div className="space-y-6">
      <ImportPageIntro crumb="Impor Kehadiran" title="Impor Kehadiran (K-MOB)" templateHref="/admin/impor-kehadiran/templat" columns={COLUMNS}>
        Unggah data kehadiran harian hasil ekspor K-MOB. Kode TL (terlambat), PSW (pulang sebelum waktunya) dan TK (tanpa
        keterangan) dihitung dari jam dan jam kerja hari itu, lalu menjadi potongan porsi disiplin TRK. Setiap baris diperiksa
        lebih dulu; bila ada baris bermasalah tidak ada yang diimpor, kecuali Anda memilih mengimpor baris yang valid saja.
        Hari yang sudah tersimpan (NIP dan tanggal yang sama) diperbarui bila jam atau statusnya berbeda; mengimpor berkas yang
        sama dua kali tidak mengubah apa pun. Bulan yang sudah dikunci tidak dapat diubah. Baris untuk hari Sabtu, Minggu atau
        hari libur tetap disimpan tetapi tidak pernah menimbulkan potongan.
        {isBkd ? "" : " Anda hanya dapat mengimpor kehadiran pegawai perangkat daerah Anda sendiri."}
      </ImportPageIntro>
      <AttendanceImportForm action={importAttendanceAction} />

      <section aria-labelledby="kode-kehadiran" className="space-y-4">
        <h2 id="kode-kehadiran" className="text-lg font-semibold">Kode kehadiran dan potongan</h2>
        <form key={`${agency?.id ?? ""}-${monthValue}`} method="get" action="/admin/impor-kehadiran#kode-kehadiran" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
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
            <label htmlFor="bulan" className="block text-sm font-medium text-slate-700">Bulan</label>
            <input id="bulan" name="bulan" type="month" min="2000-01" max="2100-12" defaultValue={monthValue} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-base" />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">Tampilkan</button>
        </form>
        {monthText !== "" && !monthValid ? (
          <Alert tone="warning">Bulan “{monthText}” tidak valid (format YYYY-MM); ditampilkan {monthLabel(month)} {year}.</Alert>
        ) : null}
        {agency && codes ? (
          codes.ok ? (
            <>
              <p className="text-sm text-slate-600">
                {monthLabel(month)} {year}: {codes.workingDays} hari kerja
                {codes.holidays.length > 0 ? `; hari libur: ${codes.holidays.map((h) => `${h.date.slice(8)} ${h.description}`).join(", ")}` : "; tanpa hari libur"}.
                Potongan dijumlahkan dari hari kerja saja, paling besar 100%.
              </p>
              <AttendanceCodesTable employees={codes.employees} caption={`${agency.label}, ${monthLabel(month)} ${year}`} />
            </>
          ) : (
            <Alert tone="warning">{codes.message}</Alert>
          )
        ) : (
          <p className="text-sm text-slate-600">Pilih perangkat daerah dan bulan untuk melihat kode kehadiran dan potongannya.</p>
        )}
      </section>
    </div>
  );
}
