import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p className="mt-2 text-slate-600">Halaman yang Anda cari tidak ada atau Anda tidak berwenang membukanya.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        Kembali ke Beranda
      </Link>
    </div>
  );
}
