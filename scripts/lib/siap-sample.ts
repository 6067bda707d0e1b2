/**
 * Deterministic SIAp Jabar employee files (the columns of lib/domain/imports/employee-row.ts) for
 * the committed sample, the tests and the import benchmark. Each agency gets a realistic chain:
 * head → sekretaris → kepala subbagian → staff, and head → kepala bidang → kepala seksi → staff,
 * with golongan fitting status and position, valid NIPs (makeNip) and Sundanese/Indonesian names.
 * All people are fictitious.
 */
import { DEMO_EMPLOYEES, EMAIL_DOMAIN, emailFor, makeNip, phoneFor } from "../../prisma/factories";
import { EMPLOYEE_IMPORT_COLUMNS } from "../../lib/domain/imports/employee-row";
import type { OpdListEntry } from "./opd-list";

export type SiapRow = Record<(typeof EMPLOYEE_IMPORT_COLUMNS)[number], string>;

type Kind = "STRUKTURAL" | "FUNGSIONAL" | "PELAKSANA";
type StaffPosition = { name: string; kelas: number; kind: Kind; pns: string[]; cpns: string; pppk: string };

/** Bidang and their two seksi, per agency; agencies without an entry get GENERIC_BIDANG. */
const BIDANG: Record<string, [string, [string, string]][]> = {
  "2.02": [
    ["Kesehatan Masyarakat", ["Kesehatan Keluarga dan Gizi", "Promosi Kesehatan"]],
    ["Pencegahan dan Pengendalian Penyakit", ["Surveilans dan Imunisasi", "Penyakit Tidak Menular"]],
    ["Pelayanan Kesehatan", ["Pelayanan Kesehatan Primer", "Pelayanan Kesehatan Rujukan"]],
    ["Sumber Daya Kesehatan", ["Kefarmasian dan Alat Kesehatan", "Sumber Daya Manusia Kesehatan"]],
  ],
  "2.11": [
    ["Tata Lingkungan", ["Kajian Dampak Lingkungan", "Perencanaan Lingkungan"]],
    ["Pengelolaan Sampah dan Limbah B3", ["Pengelolaan Sampah", "Limbah Bahan Berbahaya dan Beracun"]],
    ["Pengendalian Pencemaran", ["Pencemaran Air", "Pencemaran Udara"]],
    ["Penaatan Hukum Lingkungan", ["Pengaduan dan Sengketa", "Pengawasan Lingkungan"]],
  ],
  "2.13": [
    ["Lalu Lintas Jalan", ["Manajemen Rekayasa Lalu Lintas", "Keselamatan Jalan"]],
    ["Angkutan Jalan", ["Angkutan Orang", "Angkutan Barang"]],
    ["Perkeretaapian", ["Sarana dan Prasarana Perkeretaapian", "Lalu Lintas Kereta Api"]],
    ["Pelayaran dan Penerbangan", ["Pelayaran", "Kebandarudaraan"]],
  ],
  "2.20": [
    ["Destinasi Pariwisata", ["Pengembangan Destinasi", "Daya Tarik Wisata"]],
    ["Pemasaran Pariwisata", ["Promosi Pariwisata", "Kemitraan Pariwisata"]],
    ["Kebudayaan", ["Cagar Budaya dan Permuseuman", "Kesenian dan Tradisi"]],
    ["Ekonomi Kreatif", ["Pengembangan Ekonomi Kreatif", "Sumber Daya Ekonomi Kreatif"]],
  ],
  "3.03": [
    ["Pajak Daerah", ["Pajak Kendaraan Bermotor", "Pajak Air Permukaan dan Rokok"]],
    ["Retribusi dan Pendapatan Lain", ["Retribusi Daerah", "Pendapatan Lain-lain"]],
    ["Pengendalian dan Pembinaan", ["Pengendalian Pendapatan", "Pembinaan Pusat Pelayanan"]],
    ["Perencanaan dan Pengembangan Pendapatan", ["Data dan Informasi Pendapatan", "Pengembangan Pendapatan"]],
  ],
};

const GENERIC_BIDANG: [string, [string, string]][] = [
  ["Program dan Evaluasi", ["Perencanaan Program", "Evaluasi dan Pelaporan"]],
  ["Pelayanan", ["Pelayanan Umum", "Standar Pelayanan"]],
  ["Pengembangan", ["Pengembangan Kapasitas", "Inovasi Daerah"]],
  ["Pengawasan dan Pengendalian", ["Pengawasan", "Pengendalian"]],
];

/** Staff positions: name, kelas, kind, the golongan each status may hold. */
const STAFF: StaffPosition[] = [
  { name: "Analis Kebijakan Ahli Muda", kelas: 9, kind: "FUNGSIONAL", pns: ["III/c", "III/d"], cpns: "III/a", pppk: "X" },
  { name: "Analis Kebijakan Ahli Pertama", kelas: 8, kind: "FUNGSIONAL", pns: ["III/a", "III/b"], cpns: "III/a", pppk: "IX" },
  { name: "Perencana Ahli Pertama", kelas: 8, kind: "FUNGSIONAL", pns: ["III/a", "III/b"], cpns: "III/a", pppk: "IX" },
  { name: "Pranata Komputer Ahli Pertama", kelas: 8, kind: "FUNGSIONAL", pns: ["III/a", "III/b"], cpns: "III/a", pppk: "IX" },
  { name: "Arsiparis Terampil", kelas: 6, kind: "FUNGSIONAL", pns: ["II/c", "II/d"], cpns: "II/c", pppk: "VII" },
  { name: "Penata Layanan Operasional", kelas: 7, kind: "PELAKSANA", pns: ["III/a", "III/b"], cpns: "III/a", pppk: "IX" },
  { name: "Pengelola Layanan Operasional", kelas: 6, kind: "PELAKSANA", pns: ["II/c", "II/d", "III/a"], cpns: "II/c", pppk: "VII" },
  { name: "Operator Layanan Operasional", kelas: 5, kind: "PELAKSANA", pns: ["II/a", "II/b"], cpns: "II/a", pppk: "V" },
];

const MALE = ["Asep", "Dadang", "Ujang", "Cecep", "Dede", "Engkos", "Iwan", "Yayan", "Agus", "Budi", "Dedi", "Hendra", "Rudi", "Wawan", "Deden", "Acep", "Ade", "Aep", "Jajang", "Nanang", "Ridwan", "Rizal", "Fajar", "Gilang", "Rangga", "Dimas", "Yusuf", "Taufik", "Eko", "Irfan", "Lukman", "Maman", "Oman", "Tatang", "Usep", "Yudi", "Kurnia", "Herman", "Bambang", "Arif"];
const FEMALE = ["Euis", "Neneng", "Imas", "Lilis", "Yuyun", "Cucu", "Enok", "Nining", "Popon", "Siti", "Rina", "Dewi", "Sri", "Nurul", "Rini", "Tuti", "Wulan", "Intan", "Ratna", "Nenden", "Rika", "Fitri", "Ayu", "Anisa", "Dini", "Eka", "Lia", "Mira", "Nita", "Putri", "Teti", "Elis", "Yeni", "Nia", "Santi", "Iis", "Ai", "Eneng", "Rosita", "Wida"];
const MALE_MIDDLE = ["", "", "", "Muhammad", "Ahmad", "Rahmat", "Dwi", "Tri"];
const FEMALE_MIDDLE = ["", "", "", "Nur", "Siti", "Dwi", "Sri", "Tri"];
const LAST = ["Sutisna", "Suryana", "Hidayat", "Permana", "Nugraha", "Kusnadi", "Supriatna", "Setiawan", "Ruhiyat", "Sumarna", "Suhendar", "Rahmat", "Wijaya", "Saputra", "Gunawan", "Firmansyah", "Mulyana", "Kurniawan", "Hermawan", "Sobandi", "Somantri", "Hendrayana", "Kartika", "Lestari", "Rahayu", "Nurhayati", "Sulastri", "Maryati", "Komalasari", "Rosmiati", "Sopandi", "Ramdani", "Hamdani", "Hakim", "Kusumah", "Sukmana", "Sudrajat", "Juhana", "Rustandi", "Iskandar"];
const MASTER = ["S.T., M.T.", "S.E., M.M.", "S.Sos., M.Si.", "S.H., M.H.", "S.Kom., M.Kom.", "S.IP., M.Si.", "S.P., M.P."];
const BACHELOR = ["S.T.", "S.E.", "S.Sos.", "S.H.", "S.Kom.", "S.I.Kom.", "S.Ak.", "S.AP.", "S.Psi."];

/** mulberry32: tiny deterministic PRNG, so the same seed always gives the same file. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

export function generateSiapRows(options: { agencies: OpdListEntry[]; perAgency: number; seed?: number }): SiapRow[] {
  const random = prng(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const usedNips = new Set(DEMO_EMPLOYEES.map((e) => e.nip));
  const usedEmails = new Set(DEMO_EMPLOYEES.map((e) => emailFor(e.name).split("@")[0]));
  const usedNames = new Set<string>();
  const rows: SiapRow[] = [];

  type Person = {
    status: "PNS" | "CPNS" | "PPPK";
    golongan: string;
    born: [number, number];
    /** Appointment year: a range, or an age range after graduating (PNS). */
    appointed: { years: [number, number] } | { age: [number, number] };
  };
  const person = (p: Person & { position: string; kelas: number; kind: Kind; unit: string; opd: string; supervisor: string; title?: "master" | "bachelor" | "none"; head?: boolean }): string => {
    const gender = random() < 0.55 ? "L" : "P";
    let name = "";
    for (let attempt = 0; attempt < 50 && (name === "" || usedNames.has(name)); attempt++) {
      const first = pick(gender === "L" ? MALE : FEMALE);
      const middle = pick(gender === "L" ? MALE_MIDDLE : FEMALE_MIDDLE);
      name = [first, middle === first ? "" : middle, pick(LAST)].filter(Boolean).join(" ");
    }
    usedNames.add(name);
    const birthYear = int(p.born[0], p.born[1]);
    const birthDate = `${birthYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const appointmentYear =
      "years" in p.appointed ? int(p.appointed.years[0], p.appointed.years[1]) : Math.min(birthYear + int(p.appointed.age[0], p.appointed.age[1]), 2021);
    const appointment = `${appointmentYear}-${pad(p.status === "PNS" || p.status === "CPNS" ? pick([1, 3, 3, 4, 12]) : pick([1, 2, 4]))}`;
    let serial = 1;
    let nip = makeNip({ birthDate, appointment, gender, serial });
    while (usedNips.has(nip)) nip = makeNip({ birthDate, appointment, gender, serial: ++serial });
    usedNips.add(nip);
    const local = name.toLowerCase().split(" ");
    let email = `${local[0]}.${local[local.length - 1]}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local[0]}.${local[local.length - 1]}${n}`;
    usedEmails.add(email);
    const tmt = `${appointment}-01`;
    const sinceYear = Math.max(appointmentYear, int(p.head ? 2021 : 2016, 2025));
    const since = `${sinceYear}-${pad(int(1, 12))}-01`;
    const frontTitle = p.head && random() < 0.4 ? (random() < 0.5 ? "Dr." : gender === "L" ? "H." : "Hj.") : "";
    const backTitle = p.title === "master" ? pick(MASTER) : p.title === "bachelor" ? pick(BACHELOR) : "";
    rows.push({
      nip, nama: name, gelar_depan: frontTitle, gelar_belakang: backTitle, golongan: p.golongan, status: p.status,
      jabatan: p.position, kelas_jabatan: String(p.kelas), jenis_jabatan: p.kind, unit_kerja: p.unit, kode_opd: p.opd,
      nip_atasan: p.supervisor, email: `${email}@${EMAIL_DOMAIN}`, telepon: phoneFor(nip),
      tmt, tmt_jabatan: since < tmt ? tmt : since,
    });
    return nip;
  };

  for (const opd of options.agencies) {
    const start = rows.length;
    const badan = opd.kind === "BADAN";
    const structural = (golongan: string[], born: [number, number]) => ({ status: "PNS" as const, golongan: pick(golongan), born, appointed: { age: [23, 28] as [number, number] }, kind: "STRUKTURAL" as const, opd: opd.code, title: "master" as const });
    const head = person({ ...structural(["IV/c", "IV/d"], [1966, 1972]), position: `Kepala ${opd.name}`, kelas: 14, unit: opd.name, supervisor: "", head: true });
    const sekretaris = person({ ...structural(["IV/b", "IV/c"], [1968, 1976]), position: badan ? "Sekretaris Badan" : "Sekretaris Dinas", kelas: 12, unit: "Sekretariat", supervisor: head });
    const leaders: { nip: string; unit: string }[] = [];
    for (const sub of ["Umum dan Kepegawaian", "Perencanaan dan Keuangan"]) {
      const nip = person({ ...structural(["III/d", "IV/a"], [1974, 1984]), position: `Kepala Subbagian ${sub}`, kelas: 9, unit: `Subbagian ${sub}`, supervisor: sekretaris });
      leaders.push({ nip, unit: `Subbagian ${sub}` });
    }
    for (const [bidang, seksi] of BIDANG[opd.code] ?? GENERIC_BIDANG) {
      const kabid = person({ ...structural(["IV/a", "IV/b"], [1970, 1978]), position: `Kepala Bidang ${bidang}`, kelas: 12, unit: `Bidang ${bidang}`, supervisor: head });
      for (const s of seksi) {
        // A Badan is divided into subbidang, a Dinas into seksi.
        const unit = `${badan ? "Subbidang" : "Seksi"} ${s}`;
        const nip = person({ ...structural(["III/d", "IV/a"], [1975, 1986]), position: `Kepala ${unit}`, kelas: 9, unit, supervisor: kabid });
        leaders.push({ nip, unit });
      }
    }
    for (let i = 0; rows.length - start < options.perAgency; i++) {
      const leader = leaders[i % leaders.length]!;
      const roll = random();
      const status = roll < 0.8 ? "PNS" : roll < 0.9 ? "CPNS" : "PPPK";
      // Newcomers (CPNS, PPPK) start at the first level of a functional or operational position.
      const position = pick(status === "PNS" ? STAFF : STAFF.filter((p) => p.kelas <= 8));
      const golongan = status === "PNS" ? pick(position.pns) : status === "CPNS" ? position.cpns : position.pppk;
      const appointed: Person["appointed"] = status === "PNS" ? { age: [22, 27] } : status === "CPNS" ? { years: [2024, 2025] } : { years: [2023, 2024] };
      const born: [number, number] = status === "PNS" ? [1976, 1995] : [1994, 2001];
      person({ status, golongan, born, appointed, position: position.name, kelas: position.kelas, kind: position.kind, unit: leader.unit, opd: opd.code, supervisor: leader.nip, title: position.kelas >= 7 ? "bachelor" : "none" });
    }
  }
  return rows;
}

function csvCell(value: string): string {
  return /[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toSiapCsv(rows: readonly SiapRow[], delimiter: "," | ";" = ","): string {
  const lines = [EMPLOYEE_IMPORT_COLUMNS.join(delimiter)];
  for (const row of rows) lines.push(EMPLOYEE_IMPORT_COLUMNS.map((c) => csvCell(row[c])).join(delimiter));
  return `${lines.join("\n")}\n`;
}

/** The agencies of the committed sample: four Dinas and one Badan. */
export const SAMPLE_OPD_CODES = ["2.02", "2.11", "2.13", "2.20", "3.03"];
