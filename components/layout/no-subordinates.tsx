/** The page of a supervisor's task, opened by someone who currently reviews nobody. */
export function NoSubordinates({ what }: { what: string }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid="no-subordinates">
      Halaman ini untuk atasan langsung. Anda saat ini tidak memiliki bawahan langsung, jadi tidak ada {what}.
    </p>
  );
}
