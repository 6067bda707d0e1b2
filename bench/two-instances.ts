/**
 * Two app instances are stateless (DESIGN.md §13, issue 9): one fresh database, the production
 * build, two production servers (scripts/serve.ts) on ports 3150 and 3151 sharing an S3-compatible
 * store (s3rver, started here). Logs in through the real next-auth credentials flow on the first,
 * opens the dashboard on the second with that cookie, uploads an evidence file on the second and
 * downloads it from the first. Prints each check and exits non-zero if one fails.
 *
 * Run: npm run bench:two-instances   (DATABASE_URL: a local PostgreSQL server)
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import bcrypt from "bcrypt";
import S3rver from "s3rver";
import { buildIfNeeded } from "../scripts/lib/build";
import { createTestDb } from "../scripts/lib/test-db";
import { migrate, login, startServer, type AppServer } from "./lib/app-servers";

const PASSWORD = "DuaInstans#2026";
const PORTS = [Number(process.env.PORT_A ?? 3150), Number(process.env.PORT_B ?? 3151)];

async function main(): Promise<number> {
  const database = await createTestDb();
  const s3Dir = await mkdtemp(path.join(tmpdir(), "trk-two-s3-"));
  const s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: "trk-bukti", configs: [] }] });
  const s3Address = (await s3.run()) as AddressInfo;
  const servers: AppServer[] = [];
  let failures = 0;
  const check = (ok: boolean, what: string) => {
    console.log(`${ok ? "OK  " : "GAGAL"} ${what}`);
    if (!ok) failures += 1;
  };
  try {
    migrate(database.url);
    process.env.DATABASE_URL = database.url;
    const { createPrismaClient } = await import("../lib/server/prisma-client");
    const { employeeDefaults, opdDefaults, positionDefaults, unitDefaults, userDefaults } = await import("../prisma/factories");
    const db = createPrismaClient({ url: database.url, max: 2 });
    const opd = await db.opd.create({ data: opdDefaults({ code: "9.98", name: "Dinas Dua Instans", shortName: "DDI" }) });
    const unit = await db.unit.create({ data: unitDefaults({ opdId: opd.id }) });
    const position = await db.position.create({ data: positionDefaults({ opdId: opd.id }) });
    const employee = await db.employee.create({ data: employeeDefaults({ opdId: opd.id, unitId: unit.id, positionId: position.id, seq: 1 }) });
    await db.user.create({ data: userDefaults({ employeeId: employee.id, mustChangePassword: false, passwordHash: await bcrypt.hash(PASSWORD, 12) }) });

    await buildIfNeeded();
    const shared = {
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: `http://127.0.0.1:${s3Address.port}`,
      S3_REGION: "us-east-1",
      S3_BUCKET: "trk-bukti",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      // Each instance would have its own disk: point them at different folders to prove nothing is read from it.
    };
    const started = Date.now();
    servers.push(
      ...(await Promise.all(
        PORTS.map((port, i) => startServer({ port, databaseUrl: database.url, env: { ...shared, STORAGE_DIR: path.join(s3Dir, `local-${i}`), JOBS_WORKER: "true" } })),
      )),
    );
    const [a, b] = servers as [AppServer, AppServer];
    console.log(`Dua server siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s: ${a.url}, ${b.url}`);

    const cookie = await login(a.url, employee.nip, PASSWORD);
    check(cookie.startsWith("trk.session="), `login di ${a.url} memberi cookie sesi`);
    const anonymous = await fetch(`${b.url}/`, { redirect: "manual" });
    check(anonymous.status >= 300 && anonymous.status < 400 && (anonymous.headers.get("location") ?? "").includes("/login"), `tanpa cookie, ${b.url}/ mengalihkan ke /login (${anonymous.status})`);
    const dashboard = await fetch(`${b.url}/`, { redirect: "manual", headers: { cookie } });
    const html = await dashboard.text();
    check(dashboard.status === 200 && html.includes(employee.name), `dengan cookie dari ${a.url}, ${b.url}/ menampilkan dasbor ${employee.name} (${dashboard.status})`);

    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    const form = new FormData();
    form.append("berkas", new File([pdf], "bukti.pdf", { type: "application/pdf" }));
    const upload = await fetch(`${b.url}/api/bukti`, { method: "POST", body: form, headers: { cookie, "sec-fetch-site": "same-origin" } });
    const uploaded = (await upload.json()) as { ok: boolean; id?: number };
    check(upload.status === 201 && !!uploaded.id, `unggah bukti di ${b.url} (${upload.status})`);
    const download = await fetch(`${a.url}/api/bukti/${uploaded.id}`, { headers: { cookie } });
    const bytes = new Uint8Array(await download.arrayBuffer());
    check(download.status === 200 && Buffer.compare(Buffer.from(bytes), Buffer.from(pdf)) === 0, `bukti yang sama diunduh dari ${a.url} (${download.status}, ${bytes.length} bytes)`);
    await db.$disconnect();
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await s3.close();
    await rm(s3Dir, { recursive: true, force: true });
    await database.drop();
  }
  console.log(failures === 0 ? "Semua pemeriksaan lulus." : `${failures} pemeriksaan gagal.`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
