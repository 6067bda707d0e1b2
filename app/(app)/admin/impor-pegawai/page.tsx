import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { EmployeeImportForm } from "@/components/imports/employee-import-form";
import { ImportPageIntro } from "@/components/imports/import-page-intro";
import { importEmployeesAction } from "./actions";

export const metadata: Metadata = { title: "Impor Pegawai (SIAp)" };

const COLUMNS: [string, string][] = [
  ["nip", "NIP 18 digit (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut)"],
  ["nama", "nama tanpa gelar"],
  ["gelar_depan, gelar_belakang", "boleh kosong, misalnya Dr. dan S.T., M.T."],
  ["golongan", "PNS/CPNS I/a–IV/e, PPPK I–XVII"],
  ["status", "PNS, CPNS atau PPPK"],
  ["jabatan, kelas_jabatan, jenis_jabatan", "nama jabatan, kelas 1–17, STRUKTURAL/FUNGSIONAL/PELAKSANA; jabatan baru dibuat otomatis"],
  ["unit_kerja", "nama unit kerja; unit baru dibuat otomatis"],
  ["kode_opd", "kode perangkat daerah, misalnya 2.14"],
  ["nip_atasan", "NIP atasan langsung (ada di berkas atau sudah terdaftar); kosong untuk kepala perangkat daerah"],
  ["email, telepon", "boleh kosong; tidak menimpa kontak yang sudah diisi pegawai"],
  ["tmt, tmt_jabatan", "tanggal TTTT-BB-HH: mulai bekerja, dan mulai menduduki jabatan"],
];

export default async function ImportEmployeesPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN_OPD" && user.role !== "ADMIN_BKD") notFound();
  return (
    <div className="space-y-6">
      <ImportPageIntro crumb="Impor Pegawai" title="Impor Pegawai (SIAp Jabar)" templateHref="/admin/impor-pegawai/templat" columns={COLUMNS}>
        Unggah data pegawai hasil ekspor SIAp Jabar. Setiap baris diperiksa lebih dulu; bila ada baris bermasalah tidak ada yang
        diimpor, kecuali Anda memilih mengimpor baris yang valid saja. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.
        Pegawai baru mendapat akun yang belum aktif.
        {user.role === "ADMIN_OPD" ? " Anda hanya dapat mengimpor pegawai perangkat daerah Anda sendiri." : ""}
      </ImportPageIntro>
      <EmployeeImportForm action={importEmployeesAction} />
    </div>
  );
}
