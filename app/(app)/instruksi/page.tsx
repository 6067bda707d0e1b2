import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { subordinatesInChain } from "@/lib/server/instructions/chain";
import { listIssuedInstructions, listReceivedInstructions } from "@/lib/server/instructions/queries";
import { RECIPIENT_STATE_LABELS, RECIPIENT_STATES } from "@/lib/domain/instructions/state";
import { formatDateTimeWib } from "@/lib/format-date";
import { CancelledBadge, InstructionStateBadge } from "@/components/instructions/state-badge";

export const metadata: Metadata = { title: "Instruksi Khusus" };

const cell = "px-3 py-2";
const head = "bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500";

/** DESIGN.md §5.1: instructions received (everyone) and issued (leaders). */
export default async function InstructionsPage() {
  const user = await requireUser();
  const [received, issued, chain] = await Promise.all([
    listReceivedInstructions(db, { employeeId: user.employeeId, openOnly: false }),
    listIssuedInstructions(user),
    subordinatesInChain(user),
  ]);
  const isLeader = chain.length > 0 || issued.length > 0;
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Instruksi Khusus</h1>

      <section aria-labelledby="diterima" className="space-y-3">
        <h2 id="diterima" className="text-lg font-semibold">Diterima</h2>
        {received.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Belum ada instruksi khusus untuk Anda.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-sm" data-testid="instructions-received">
              <caption className="sr-only">Instruksi yang Anda terima</caption>
              <thead className={head}><tr><th scope="col" className={cell}>Instruksi</th><th scope="col" className={cell}>Dari</th><th scope="col" className={cell}>Batas Waktu</th><th scope="col" className={cell}>Status</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {received.map((r) => (
                  <tr key={r.recipientId}>
                    <td className={cell}><Link href={`/instruksi/${r.instructionId}`} className="font-medium text-brand-700 underline">{r.title}</Link></td>
                    <td className={cell}>{r.issuer.name}</td>
                    <td className={cell}>{formatDateTimeWib(r.deadline)}</td>
                    <td className={cell}>{r.cancelledAt ? <CancelledBadge /> : <InstructionStateBadge state={r.state} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {isLeader ? (
        <section aria-labelledby="diberikan" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="diberikan" className="text-lg font-semibold">Diberikan</h2>
            {chain.length > 0 ? <Link href="/instruksi/baru" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">Buat Instruksi</Link> : null}
          </div>
          {issued.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Anda belum memberikan instruksi khusus.</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="min-w-full text-sm" data-testid="instructions-issued">
                <caption className="sr-only">Instruksi yang Anda berikan</caption>
                <thead className={head}>
                  <tr>
                    <th scope="col" className={cell}>Instruksi</th>
                    <th scope="col" className={cell}>Batas Waktu</th>
                    <th scope="col" className={cell}>Penerima</th>
                    {RECIPIENT_STATES.map((s) => <th key={s} scope="col" className={cell}>{RECIPIENT_STATE_LABELS[s]}</th>)}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {issued.map((i) => (
                    <tr key={i.id}>
                      <td className={cell}>
                        <Link href={`/instruksi/${i.id}`} className="font-medium text-brand-700 underline">{i.title}</Link>
                        {i.cancelledAt ? <> <CancelledBadge /></> : null}
                        {i.targetUnitName ? <span className="block text-xs text-slate-500">Unit {i.targetUnitName}</span> : null}
                      </td>
                      <td className={cell}>{formatDateTimeWib(i.deadline)}</td>
                      <td className={cell}>{i.recipientCount}</td>
                      {RECIPIENT_STATES.map((s) => <td key={s} className={cell}>{i.counts[s]}</td>)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
