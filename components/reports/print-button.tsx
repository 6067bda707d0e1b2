"use client";

/** Opens the browser's print dialog (the page's print stylesheet hides this toolbar). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      Cetak
    </button>
  );
}
