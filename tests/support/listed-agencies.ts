import { readOpdList } from "@/scripts/lib/opd-list";
import { db, type Agency } from "./db";

/** Every agency of prisma/data/opd-jabar.csv, as the import files name them by kode_opd. */
export async function createListedAgencies(): Promise<void> {
  await db.opd.createMany({ data: readOpdList().map(({ code, name, shortName, kind }) => ({ code, name, shortName, kind })) });
}

/** A listed agency (by kode_opd) with a unit and a position to place a person in; may be called again for the same agency. */
export async function listedAgency(code: string): Promise<Agency> {
  const opd = await db.opd.findUniqueOrThrow({ where: { code } });
  const unit = await db.unit.create({ data: { opdId: opd.id, name: "Subbagian Umum dan Kepegawaian" } });
  const name = "Analis SDM Aparatur Ahli Pertama";
  const position = await db.position.upsert({
    where: { opdId_name: { opdId: opd.id, name } },
    create: { opdId: opd.id, name, kelasJabatan: 8, kind: "FUNGSIONAL" },
    update: {},
  });
  return { opd, unit, position };
}
