/** Shown on a module page whose features are not released yet: says so plainly. */
export function ModulePending({ title, description }: { title: string; description: string }) {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-600">{description}</p>
      <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-500">
        Modul ini belum dibuka pada versi ini.
      </p>
    </div>
  );
}
