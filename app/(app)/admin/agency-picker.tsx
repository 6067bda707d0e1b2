import type { Option } from "@/lib/server/admin/org-options";

/** Admin BKD's choice of agency on the organisation pages (a GET form, works without JavaScript). */
export function AgencyPicker({ agencies, selected, action }: { agencies: Option[]; selected?: number; action: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="min-w-0 flex-1">
        <label htmlFor="opd" className="block text-sm font-medium text-slate-700">Perangkat daerah</label>
        <select id="opd" name="opd" defaultValue={selected ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base">
          <option value="">— Pilih perangkat daerah —</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.label}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50">Tampilkan</button>
    </form>
  );
}
