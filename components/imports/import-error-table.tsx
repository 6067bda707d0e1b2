import type { ImportRowError } from "@/lib/domain/imports/import-error";

const number = (n: number) => n.toLocaleString("id-ID");

/** The row-level errors of an import: line (header = 1), column and the Indonesian message. */
export function ImportErrorTable({ errors, total }: { errors: ImportRowError[]; total: number }) {
  if (errors.length === 0) return null;
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="import-errors">
        <caption className="px-3 py-2 text-left font-semibold">
          Kesalahan per baris{total > errors.length ? ` (${number(errors.length)} pertama dari ${number(total)})` : ""}
        </caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Baris</th>
            <th scope="col" className="px-3 py-2">Kolom</th>
            <th scope="col" className="px-3 py-2">Pesan</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => (
            <tr key={`${error.line}-${i}`} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 tabular-nums">{error.line}</td>
              <td className="px-3 py-2 font-mono text-xs">{error.column ?? "—"}</td>
              <td className="px-3 py-2">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
