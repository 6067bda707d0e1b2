import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { subordinatesInChain, unitsInChain } from "@/lib/server/instructions/chain";
import { dateKey, jakartaDate } from "@/lib/domain/period";
import { IssueInstructionForm } from "@/components/instructions/issue-form";
import { issueInstructionAction } from "../actions";

export const metadata: Metadata = { title: "Buat Instruksi" };

export default async function NewInstructionPage() {
  const user = await requireUser();
  const now = new Date();
  const [people, units] = await Promise.all([subordinatesInChain(user, now), unitsInChain(user, now)]);
  return (
    <div className="space-y-5">
      <p className="text-sm"><Link href="/instruksi" className="text-brand-700 underline">← Instruksi Khusus</Link></p>
      <h1 className="text-2xl font-semibold">Buat Instruksi</h1>
      {people.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">Instruksi khusus hanya dapat diberikan kepada pegawai di bawah Anda; saat ini tidak ada pegawai di bawah Anda.</p>
      ) : (
        <IssueInstructionForm
          people={people.map(({ id, nip, name, positionName, unitName }) => ({ id, nip, name, positionName, unitName }))}
          units={units.map(({ id, name, direct, withSubunits }) => ({ id, name, direct, withSubunits }))}
          minDate={dateKey(jakartaDate(now))}
          action={issueInstructionAction}
        />
      )}
    </div>
  );
}
