import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/domain/audit/diff";
import { auditTimeRange, parseAuditFilters } from "@/lib/domain/audit/filters";

describe("auditChanges", () => {
  it.each([
    ["an update: only the differing fields", { golongan: "III/a", nama: "A" }, { golongan: "III/b", nama: "A" }, [{ field: "golongan", before: "III/a", after: "III/b" }]],
    ["a creation: every field of after", null, { nip: "1", aktif: false, n: 3 }, [{ field: "nip", before: null, after: "1" }, { field: "aktif", before: null, after: "false" }, { field: "n", before: null, after: "3" }]],
    ["a removal: every field of before", { email: "a@b.id" }, null, [{ field: "email", before: "a@b.id", after: null }]],
    ["a field set to null", { telepon: "0812" }, { telepon: null }, [{ field: "telepon", before: "0812", after: null }]],
    ["nested values as JSON", null, { jumlah: { skp: 1 } }, [{ field: "jumlah", before: null, after: '{"skp":1}' }]],
    ["plain values", "lama", "baru", [{ field: "nilai", before: "lama", after: "baru" }]],
    ["nothing", null, null, []],
  ])("%s", (_label, before, after, expected) => {
    expect(auditChanges(before, after)).toEqual(expected);
  });
});

describe("parseAuditFilters", () => {
  it("reads every filter and the page", () => {
    expect(
      parseAuditFilters({ dari: "2026-01-01", sampai: "2026-01-31", nip: " 198802222011032001 ", aksi: "import.", jenis: "Employee", target: "12", hal: "3" }),
    ).toEqual({
      filters: { from: "2026-01-01", to: "2026-01-31", actorNip: "198802222011032001", actionPrefix: "import.", targetType: "Employee", targetId: "12", page: 3 },
      errors: {},
    });
  });

  it.each([
    ["a bad date", { dari: "2026-02-30" }, "dari", "from"],
    ["an end before the start", { dari: "2026-02-01", sampai: "2026-01-01" }, "sampai", "to"],
    ["a malformed NIP", { nip: "12345" }, "nip", "actorNip"],
    ["an overlong action", { aksi: "x".repeat(101) }, "aksi", "actionPrefix"],
  ] as const)("drops %s with a message", (_label, params, key, field) => {
    const { filters, errors } = parseAuditFilters(params);
    expect(errors[key]).toBeTruthy();
    expect(filters[field]).toBeUndefined();
  });

  it.each([["0"], ["-2"], ["x"], [""]])("falls back to page 1 for %j", (hal) => {
    expect(parseAuditFilters({ hal }).filters.page).toBe(1);
  });
});

describe("auditTimeRange", () => {
  it("bounds whole WIB days: from 00:00 WIB (17:00 UTC the day before) to the next midnight", () => {
    expect(auditTimeRange({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      gte: new Date("2026-02-28T17:00:00.000Z"),
      lt: new Date("2026-03-31T17:00:00.000Z"),
    });
    expect(auditTimeRange({})).toEqual({});
  });
});
