import bcrypt from "bcrypt";
import { expect, test } from "@playwright/test";
import { BCRYPT_COST, DEMO_ACCOUNTS, DEMO_EMPLOYEES, makeNip } from "@/prisma/factories";
import { formatPersonName } from "@/lib/domain/person-name";
import { login, withDb } from "./support";

const admin = DEMO_ACCOUNTS.adminOpd;
const NEW_PASSWORD = "AdminKepegawaian2026";
const person = (key: string) => DEMO_EMPLOYEES.find((e) => e.key === key)!;
const rizky = person("aplikasi3");
const asep = person("kasiAplikasi");
const fitri = person("ketuaTimSpbe");
const newNip = makeNip({ birthDate: "1999-07-21", appointment: "2025-06", gender: "P", serial: 7 });

/** Puts the Admin OPD account back to its seeded state (temporary password, must change). */
async function resetAdminAccount(): Promise<void> {
  const hash = await bcrypt.hash(admin.password, BCRYPT_COST);
  await withDb((c) =>
    c.query(
      `UPDATE user_account SET "passwordHash" = $1, "mustChangePassword" = true, "failedLoginCount" = 0, "lockedUntil" = NULL
       WHERE "employeeId" = (SELECT id FROM employee WHERE nip = $2)`,
      [hash, admin.nip],
    ),
  );
}

const employeeId = (nip: string) => withDb(async (c) => (await c.query<{ id: number }>("SELECT id FROM employee WHERE nip = $1", [nip])).rows[0]?.id);

test.describe("Admin OPD manages the agency's employees (issue 3)", () => {
  test.beforeAll(resetAdminAccount);
  test.afterAll(async () => {
    // The run's database is shared by every spec: leave the demo data as seeded.
    await withDb((c) =>
      c.query(`UPDATE employee SET "supervisorId" = (SELECT id FROM employee WHERE nip = $1) WHERE nip = $2`, [asep.nip, rizky.nip]),
    );
    await resetAdminAccount();
  });

  test("searches, changes a supervisor, adds an employee, and cannot open another agency's employee", async ({ page }) => {
    await login(page, admin.nip, admin.password, NEW_PASSWORD);

    // Search by part of the name (GET form).
    await page.goto("/admin");
    await page.getByRole("link", { name: /Pegawai & Akun/ }).click();
    await expect(page.getByRole("heading", { name: "Pegawai", exact: true })).toBeVisible();
    await page.getByLabel("Cari NIP atau nama").fill("maulana");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/pegawai\?q=maulana/);
    const rows = page.getByRole("row");
    await expect(rows).toHaveCount(2); // header + Rizky Maulana
    await expect(rows.nth(1)).toContainText(rizky.nip);
    await expect(rows.nth(1)).toContainText("Pranata Komputer Terampil");
    await page.getByRole("link", { name: formatPersonName(rizky) }).click();

    // Change the supervisor from the Kepala Seksi to the Ketua Tim SPBE.
    await expect(page.getByRole("heading", { name: formatPersonName(rizky) })).toBeVisible();
    await expect(page.getByTestId("current-supervisor")).toContainText(asep.name);
    await page.getByLabel("Cari calon atasan (NIP atau nama)").fill("Fitri");
    await page.getByRole("button", { name: "Cari Atasan" }).click();
    await page.getByRole("radio", { name: new RegExp(fitri.name) }).check();
    await page.getByRole("button", { name: "Simpan Atasan" }).click();
    await expect(page.getByTestId("supervisor-form-success")).toContainText("Atasan langsung tersimpan.");
    await expect(page.getByTestId("current-supervisor")).toContainText(fitri.name);
    const supervisorId = await withDb(async (c) =>
      (await c.query<{ supervisorId: number }>(`SELECT "supervisorId" FROM employee WHERE nip = $1`, [rizky.nip])).rows[0]?.supervisorId,
    );
    expect(supervisorId).toBe(await employeeId(fitri.nip));

    // A loop is refused with a message: Fitri may not report to her own new subordinate.
    await page.goto(`/admin/pegawai/${await employeeId(fitri.nip)}?cariAtasan=Rizky`);
    await page.getByRole("radio", { name: new RegExp(rizky.name) }).check();
    await page.getByRole("button", { name: "Simpan Atasan" }).click();
    await expect(page.getByTestId("supervisor-form-error")).toContainText("rantai atasan berputar");

    // Add an employee; a wrong golongan is refused and what was typed stays in the form.
    await page.goto("/admin/pegawai");
    await page.getByRole("link", { name: "Tambah Pegawai" }).click();
    await expect(page.getByRole("heading", { name: "Tambah Pegawai" })).toBeVisible();
    await page.getByLabel("NIP").fill(newNip);
    await page.getByLabel("Nama (tanpa gelar)").fill("Kartika Sari Dewi");
    await page.getByLabel("Gelar belakang").fill("S.Kom.");
    await page.getByLabel("Status kepegawaian").selectOption("CPNS");
    await page.getByLabel("Golongan").fill("III/e");
    const unitId = await withDb(async (c) =>
      (await c.query<{ id: number }>(`SELECT u.id FROM unit u JOIN opd o ON o.id = u."opdId" WHERE o.code = '2.14' AND u.code = '03.01'`)).rows[0]!.id,
    );
    await page.getByLabel("Unit kerja").selectOption(String(unitId));
    await page.getByLabel("Jabatan", { exact: true }).selectOption({ label: "Pranata Komputer Ahli Pertama (kelas 8)" });
    await page.getByLabel("TMT pegawai").fill("2025-06-01");
    await page.getByLabel("TMT jabatan").fill("2025-06-02");
    await page.getByLabel("E-mail").fill("kartika.dewi@jabarprov.go.id");
    await page.getByRole("button", { name: "Simpan Pegawai" }).click();
    await expect(page.locator("#golongan-error")).toContainText("huruf e hanya untuk golongan IV");
    await expect(page.getByLabel("NIP")).toHaveValue(newNip);
    await expect(page.getByLabel("Nama (tanpa gelar)")).toHaveValue("Kartika Sari Dewi");
    await expect(page.getByLabel("Status kepegawaian")).toHaveValue("CPNS");
    await expect(page.getByLabel("Unit kerja")).toHaveValue(String(unitId));
    await page.getByLabel("Golongan").fill("III/a");
    await page.getByRole("button", { name: "Simpan Pegawai" }).click();
    await expect(page).toHaveURL(/\/admin\/pegawai\/\d+\?baru=1$/);
    await expect(page.getByText("Pegawai berhasil ditambahkan.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kartika Sari Dewi, S.Kom." })).toBeVisible();
    // Birth date and gender come from the NIP.
    await expect(page.getByText("Lahir 1999-07-21 · Perempuan")).toBeVisible();

    // It is in the list, with an account that is not active yet.
    await page.goto("/admin/pegawai");
    await page.getByLabel("Cari NIP atau nama").fill(newNip.slice(0, 12));
    await page.getByLabel("Status akun").selectOption({ label: "Belum aktif" });
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    const newRow = page.getByRole("row").filter({ hasText: newNip });
    await expect(newRow).toContainText("Kartika Sari Dewi, S.Kom.");
    await expect(newRow).toContainText("Belum aktif");
    await expect(newRow).toContainText("CPNS · III/a");

    // Another agency's employee (BKD) does not exist for this admin, even by typing the URL.
    const bkdId = await employeeId(DEMO_ACCOUNTS.adminBkd.nip);
    const response = await page.goto(`/admin/pegawai/${bkdId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByText(DEMO_ACCOUNTS.adminBkd.nip)).toHaveCount(0);
  });

  test("manages units and positions, and the employee list fits a 360 px screen", async ({ page }) => {
    await login(page, admin.nip, NEW_PASSWORD);

    await page.goto("/admin/unit");
    await page.getByLabel("Unit induk").selectOption({ label: "— Bidang Aplikasi Informatika" });
    await page.getByLabel("Nama unit baru").fill("Tim Kerja Uji Coba");
    await page.getByRole("button", { name: "Tambah Unit" }).click();
    await expect(page.getByTestId("create-unit-success")).toHaveText("Unit kerja ditambahkan.");
    const unitItem = page.getByTestId("unit-tree").getByRole("listitem").filter({ has: page.locator("summary", { hasText: "Tim Kerja Uji Coba" }) });
    await expect(unitItem).toContainText("0 pegawai");
    await unitItem.getByText("Ubah").click();
    await unitItem.getByRole("button", { name: "Nonaktifkan Unit" }).click();
    await expect(unitItem).toContainText("Nonaktif");

    await page.goto("/admin/jabatan");
    await page.getByLabel("Nama jabatan baru").fill("Analis Kebijakan Ahli Muda");
    await page.getByLabel("Kelas jabatan baru").fill("18");
    await page.getByRole("button", { name: "Tambah Jabatan" }).click();
    await expect(page.locator("#new-position-kelas-error")).toHaveText("Kelas jabatan harus bilangan bulat 1 sampai 17.");
    await expect(page.getByLabel("Nama jabatan baru")).toHaveValue("Analis Kebijakan Ahli Muda");
    await page.getByLabel("Kelas jabatan baru").fill("9");
    await page.getByRole("button", { name: "Tambah Jabatan" }).click();
    await expect(page.getByTestId("create-position-success")).toHaveText("Jabatan ditambahkan.");
    await expect(page.getByLabel("Nama jabatan baru")).toHaveValue("");
    const positionItem = page.getByTestId("position-list").getByRole("listitem").filter({ hasText: "Analis Kebijakan Ahli Muda" });
    await expect(positionItem).toContainText("Kelas 9 · Fungsional · 0 pemegang");
    await positionItem.getByText("Ubah").click();
    await positionItem.getByRole("button", { name: "Nonaktifkan Jabatan" }).click();
    await expect(positionItem).toContainText("Nonaktif");

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/admin/pegawai");
    await expect(page.getByRole("table")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
