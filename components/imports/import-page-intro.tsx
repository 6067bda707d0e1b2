import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The head of an import's upload page: breadcrumb, title, what the import does (`children`), the
 * template download and the columns of the file.
 */
export function ImportPageIntro({
  crumb,
  title,
  templateHref,
  columns,
  children,
}: {
  /** The breadcrumb's last part, e.g. "Impor Pegawai". */
  crumb: string;
  title: string;
  /** The route handler that serves the CSV template. */
  templateHref: string;
  /** [column, meaning] per column of the file. */
  columns: readonly (readonly [string, string])[];
  children: ReactNode;
}) {
  return (
    <>
      <nav aria-label="Remah roti" className="text-sm">
        <Link href="/admin" className="text-brand-700 underline">Administrasi</Link> / {crumb}
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-slate-600">{children}</p>
        <p>
          {/* A route handler: a plain link, not client-side navigation. */}
          <a href={templateHref} download className="font-semibold text-brand-700 hover:underline">
            Unduh templat CSV
          </a>
        </p>
      </div>
      <details className="rounded-md border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-semibold">Kolom berkas</summary>
        <div className="mt-3 overflow-x-auto">
          <table className="min-w-full text-left">
            <tbody>
              {columns.map(([column, meaning]) => (
                <tr key={column} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-4 font-mono text-xs font-normal">{column}</th>
                  <td className="py-1">{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
