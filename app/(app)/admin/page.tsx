import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Admin" };

type Tile = { href: string; title: string; description: string; bkdOnly?: boolean };

const TILES: Tile[] = [
  { href: "/admin/pegawai", title: "Pegawai & Akun", description: "Cari pegawai, ubah data dan atasan langsung, aktifkan akun, atur ulang kata sandi." },
  { href: "/admin/unit", title: "Unit Kerja", description: "Struktur unit kerja (bidang, seksi, UPTD)." },
  { href: "/admin/jabatan", title: "Jabatan", description: "Jabatan dan kelas jabatan." },
  { href: "/admin/impor-pegawai", title: "Impor Pegawai (SIAp)", description: "Unggah berkas CSV data pegawai dari SIAp Jabar." },
  { href: "/admin/impor-sasaran", title: "Impor Sasaran Organisasi (e-SAKIP)", description: "Unggah sasaran strategis dan indikator perangkat daerah per tahun, dasar RHK kepala perangkat daerah." },
  { href: "/admin/impor-kehadiran", title: "Impor Kehadiran (K-MOB)", description: "Unggah kehadiran harian dari K-MOB dan lihat kode TL, PSW, TK serta potongan disiplin per pegawai." },
  { href: "/admin/impor-sanksi", title: "Impor Hukuman Disiplin", description: "Unggah hukuman disiplin yang memotong TRK selama masa hukumannya.", bkdOnly: true },
  { href: "/admin/pengumuman", title: "Pengumuman", description: "Terbitkan pengumuman dengan masa tayang; tampil di Beranda pegawai." },
  { href: "/admin/periode", title: "Periode dan Penguncian Bulan", description: "Kunci bulan kinerja lebih awal atau buka kembali dengan alasan (tercatat di audit).", bkdOnly: true },
  { href: "/admin/trk", title: "Perhitungan TRK", description: "Hitung TRK bulanan per perangkat daerah atau seluruhnya, periksa daftar, finalkan, revisi, unduh Excel/CSV." },
  { href: "/admin/kebijakan", title: "Kebijakan TRK", description: "Basis per kelas jabatan, porsi, potongan dan pajak per tahun; setiap perubahan menjadi versi baru.", bkdOnly: true },
  { href: "/admin/audit", title: "Log Audit", description: "Jejak setiap perubahan data: siapa, kapan, apa.", bkdOnly: true },
];

export default async function AdminPage() {
  const user = await requireUser();
  if (user.role === "PEGAWAI") notFound();
  const tiles = TILES.filter((t) => !t.bkdOnly || user.role === "ADMIN_BKD");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Administrasi</h1>
      <p className="text-slate-600">
        {user.role === "ADMIN_BKD"
          ? "Anda mengelola data kepegawaian seluruh perangkat daerah."
          : "Anda mengelola data kepegawaian perangkat daerah Anda."}
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {tiles.map((t) => (
          <li key={t.href}>
            <Link href={t.href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <span className="block font-semibold text-brand-700">{t.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{t.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
