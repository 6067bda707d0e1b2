import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SANCTION_MAX_MONTHS } from "@/lib/domain/imports/sanction-row";
import { requireUser } from "@/lib/server/auth/current-user";
import { ImportPageIntro } from "@/components/imports/import-page-intro";
import { SanctionImportForm } from "@/components/imports/sanction-import-form";
import { importSanctionsAction } from "./actions";

export const metadata: Metadata = { title: "Impor Hukuman Disiplin" };

const COLUMNS: [string, string][] = [
  ["nip", "NIP pegawai (18 angka), harus terdaftar"],
  ["jenis", "jenis hukuman disiplin, misalnya Penundaan kenaikan gaji berkala (paling panjang 200 karakter)"],
  ["persen", "potongan TRK per bulan, lebih dari 0 sampai 100, misalnya 25 atau 12,5; kosong = ketentuan kebijakan (25%)"],
  ["bulan_mulai", "bulan pertama masa hukuman, YYYY-MM"],
  ["jumlah_bulan", `lama hukuman, 1–${SANCTION_MAX_MONTHS} bulan`],
  ["nomor_sk", "nomor surat keputusan, boleh kosong"],
];

/** Admin BKD only (DESIGN.md §1: "sanction.import"). */
export default async function ImportSanctionsPage() {
  const user = await requireUser();
  if (user.role !== "ADMIN_BKD") notFound();
  return (
    <div className="space-y-6">
      <ImportPageIntro crumb="Impor Hukuman Disiplin" title="Impor Hukuman Disiplin" templateHref="/admin/impor-sanksi/templat" columns={COLUMNS}>
        Unggah daftar hukuman disiplin. Selama masa hukuman, TRK pegawai dipotong sebesar persentasenya dari porsi kinerja dan
        disiplin. Setiap baris diperiksa lebih dulu; bila ada baris bermasalah tidak ada yang diimpor, kecuali Anda memilih
        mengimpor baris yang valid saja. Hukuman dikenali dari NIP, jenis dan bulan mulai: bila sudah ada, persentase, lama dan
        nomor SK-nya diperbarui; mengimpor berkas yang sama dua kali tidak mengubah apa pun. Hukuman yang tidak ada di berkas
        tidak dihapus, dan hukuman yang sudah dibatalkan tidak diberlakukan kembali.
      </ImportPageIntro>
      <SanctionImportForm action={importSanctionsAction} />
    </div>
  );
}
