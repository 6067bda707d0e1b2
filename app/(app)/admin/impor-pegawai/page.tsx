import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { EmployeeImportForm } from "@/components/imports/employee-import-form";
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
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 hover:underline">Administrasi</Link> / Impor Pegawai
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Impor Pegawai (SIAp Jabar)</h1>
        <p className="text-slate-600">
          Unggah data pegawai hasil ekspor SIAp Jabar. Setiap baris diperiksa lebih dulu; bila ada baris bermasalah tidak ada yang
          diimpor, kecuali Anda memilih mengimpor baris yang valid saja. Mengimpor berkas yang sama dua kali tidak mengubah apa pun.
          Pegawai baru mendapat akun yang belum aktif.
          {user.role === "ADMIN_OPD" ? " Anda hanya dapat mengimpor pegawai perangkat daerah Anda sendiri." : ""}
        </p>
        <p>
          {/* A route handler: a plain link, not client-side navigation. */}
          <a href="/admin/impor-pegawai/templat" download className="font-semibold text-brand-700 hover:underline">
            Unduh templat CSV
          </a>
        </p>
      </div>
      <details className="rounded-md border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-semibold">Kolom berkas</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left">
            <tbody>
              {COLUMNS.map(([column, meaning]) => (
                <tr key={column} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-4 font-mono text-xs font-normal">{column}</th>
                  <td className="py-1">{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <EmployeeImportForm action={importEmployeesAction} />
    </div>
  );
}
