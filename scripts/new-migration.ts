/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
 * with the SQL that takes the schema of the last commit (HEAD) to the working schema.prisma.
 *
 * Used instead of `prisma migrate dev`, whose shadow-database replay fails through the pg driver
 * adapter (it splits migration files at every ";"). The diff is computed from the two schema files
 * alone, so no database is needed. Hand-written SQL must end statements with ";" only.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Pemakaian: npm run db:new-migration -- <nama_migrasi>");
  process.exit(2);
}
const previous = path.join(tmpdir(), `trk-schema-head-${process.pid}.prisma`);
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  path.resolve("node_modules/.bin/prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8" },
);
if (/^-- This is an empty migration/m.test(sql) || sql.trim() === "") {
  console.log("Skema tidak berubah sejak commit terakhir; tidak ada migrasi dibuat.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma/migrations", `${stamp}_${name}`);
if (existsSync(dir)) throw new Error(`${dir} sudah ada.`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Migrasi ditulis: ${dir}/migration.sql — periksa isinya (indeks parsial dibuat tangan tidak boleh terhapus).`);
