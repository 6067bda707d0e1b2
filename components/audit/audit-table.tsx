import type { AuditListEntry } from "@/lib/server/audit/queries";

const WIB = new Intl.DateTimeFormat("id-ID", {
  timeZone: "Asia/Jakarta",
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** Fields listed inline up to this many; longer lists (creations) fold into a disclosure. */
const INLINE_FIELDS = 4;

function Changes({ entry }: { entry: AuditListEntry }) {
  if (entry.changes.length === 0) return <span className="text-slate-400">—</span>;
  const list = (
    <ul className="space-y-0.5 [overflow-wrap:anywhere]">
      {entry.changes.map((c) => (
        <li key={c.field}>
          <span className="font-mono text-xs text-slate-500">{c.field}</span>{" "}
          {c.before !== null ? <del className="text-red-700">{c.before}</del> : null}
          {c.before !== null && c.after !== null ? " → " : null}
          {c.after !== null ? <ins className="text-green-800 no-underline">{c.after}</ins> : null}
          {c.before !== null && c.after === null ? <span className="text-slate-500"> → (kosong)</span> : null}
        </li>
      ))}
    </ul>
  );
  if (entry.changes.length <= INLINE_FIELDS) return list;
  return (
    <details>
      <summary className="cursor-pointer text-brand-700">{entry.changes.length} kolom</summary>
      <div className="mt-1">{list}</div>
    </details>
  );
}

/** The audit log as a table: time in WIB, actor, action, target, IP, and a readable before/after. */
export function AuditTable({ entries }: { entries: AuditListEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="audit-table">
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Waktu (WIB)</th>
            <th scope="col" className="px-3 py-2">Pelaku</th>
            <th scope="col" className="px-3 py-2">Aksi</th>
            <th scope="col" className="px-3 py-2">Target</th>
            <th scope="col" className="px-3 py-2">IP</th>
            <th scope="col" className="px-3 py-2">Perubahan</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-t border-slate-200 align-top" data-testid="audit-row">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{WIB.format(entry.createdAt)}</td>
              <td className="px-3 py-2">
                {entry.actorNip ? (
                  <>
                    <span className="block">{entry.actorName ?? "—"}</span>
                    <span className="block font-mono text-xs text-slate-500">{entry.actorNip}</span>
                  </>
                ) : (
                  <span className="text-slate-600">Sistem</span>
                )}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{entry.action}</td>
              <td className="px-3 py-2">
                {entry.targetType}
                {entry.targetId ? <span className="text-slate-500"> #{entry.targetId}</span> : null}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{entry.ip ?? "—"}</td>
              <td className="min-w-64 px-3 py-2">
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
