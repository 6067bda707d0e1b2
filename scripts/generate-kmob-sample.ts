/**
 * Writes prisma/data/kmob-kehadiran-2026-11-sample.csv: K-MOB attendance (columns of
 * lib/domain/imports/attendance-row.ts) of every demo employee of Diskominfo (2.14) for the working
 * days of November 2026 — mostly on time, some late arrivals (TL1, TL2), a few early departures
 * (PSW), a missing check-out, a few days of leave, sick leave and official travel, some WFH and two
 * days absent without leave (TK). Always the same file (fixed seed); all people are fictitious.
 * Run: npx tsx scripts/generate-kmob-sample.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ATTENDANCE_IMPORT_COLUMNS, formatMinuteOfDay } from "../lib/domain/imports/attendance-row";
import { DEMO_EMPLOYEES } from "../prisma/factories";

const YEAR = 2026;
const MONTH = 11;
const target = fileURLToPath(new URL("../prisma/data/kmob-kehadiran-2026-11-sample.csv", import.meta.url));
const holidayFile = fileURLToPath(new URL("../prisma/data/libur-2026-sample.csv", import.meta.url));

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

const holidays = new Set(
  readFileSync(holidayFile, "utf8").trim().split(/\r?\n/).slice(1).map((line) => line.split(",")[0]!),
);
const workingDays: { key: string; friday: boolean }[] = [];
for (let day = 1; day <= 30; day++) {
  const date = new Date(Date.UTC(YEAR, MONTH - 1, day));
  const weekday = date.getUTCDay();
  const key = date.toISOString().slice(0, 10);
  if (weekday === 0 || weekday === 6 || holidays.has(key)) continue;
  workingDays.push({ key, friday: weekday === 5 });
}

const random = prng(202611);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const START = 7 * 60 + 30;

const people = DEMO_EMPLOYEES.filter((e) => e.opdCode === "2.14");
/** Fixed events so that the sample always shows every kind: [person index, working-day index, status]. */
const EVENTS = new Map<string, string>([
  [`${people.length - 3}|${4}`, "TK"],
  [`${people.length - 9}|${15}`, "TK"],
  ...[6, 7, 8].map((d) => [`5|${d}`, "CUTI"] as [string, string]),
  ...[11, 12].map((d) => [`17|${d}`, "CUTI"] as [string, string]),
  [`23|${2}`, "CUTI"],
  ...[9, 10].map((d) => [`29|${d}`, "SAKIT"] as [string, string]),
  [`41|${18}`, "SAKIT"],
  ...[13, 14, 15].map((d) => [`3|${d}`, "DINAS_LUAR"] as [string, string]),
  ...[3, 4].map((d) => [`12|${d}`, "DINAS_LUAR"] as [string, string]),
]);

const rows: string[][] = [];
people.forEach((person, p) => {
  workingDays.forEach((day, d) => {
    const end = day.friday ? 16 * 60 + 30 : 16 * 60;
    const event = EVENTS.get(`${p}|${d}`);
    if (event) {
      rows.push([person.nip, day.key, "", "", event]);
      return;
    }
    const status = day.friday && random() < 0.08 ? "WFH" : "HADIR";
    let checkIn = START - int(5, 45);
    const lateRoll = random();
    if (lateRoll < 0.05) checkIn = START + int(1, 30); // TL1
    else if (lateRoll < 0.065) checkIn = START + int(31, 60); // TL2
    let checkOut: number | null = end + int(0, 50);
    const earlyRoll = random();
    if (earlyRoll < 0.02) checkOut = end - int(5, 30); // PSW1
    else if (earlyRoll < 0.025) checkOut = end - int(31, 60); // PSW2
    else if (earlyRoll < 0.028) checkOut = null; // no check-out: PSW4
    rows.push([person.nip, day.key, formatMinuteOfDay(checkIn), checkOut === null ? "" : formatMinuteOfDay(checkOut), status]);
  });
});

writeFileSync(target, [ATTENDANCE_IMPORT_COLUMNS.join(","), ...rows.map((r) => r.join(","))].join("\n") + "\n");
console.log(`${rows.length} baris kehadiran (${people.length} pegawai × ${workingDays.length} hari kerja) ditulis ke ${target}`);
