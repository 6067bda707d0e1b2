"use client";

/** Unexpected errors: a plain message, never the error's text (it may hold internals). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Terjadi kesalahan</h1>
      <p className="mt-2 text-slate-600">Maaf, permintaan Anda tidak dapat diproses. Coba lagi beberapa saat lagi.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
        Coba lagi
      </button>
    </main>
  );
}
