/**
 * The activity submit writes, so bench/explain.ts does not run it on the province (which it only
 * reads): it copies, with the same ids, the rows one employee's submit reads — agency, unit,
 * position, employee, account, SKP of the year with its version in force and RHK, the month locks
 * and that day's activities — into a fresh scratch database, runs the real saveActivity there and
 * records its statements. With the same ids and dates, the statements and parameters are those
 * the submit would send on the province; bench/explain.ts then explains them there.
 */
import pg from "pg";

export type SubmitSubject = { employeeId: number; userId: number; nip: string; opdId: number; role: string; date: string; rhkId: number | null };

type Copy = { table: string; where: string; params: unknown[]; nulls?: string[] };

async function copyRows(from: pg.Client, to: pg.Client, copy: Copy): Promise<number> {
  const { rows } = await from.query<{ j: Record<string, unknown> }>(`SELECT row_to_json(t) AS j FROM "${copy.table}" t WHERE ${copy.where}`, copy.params);
  for (const row of rows) {
    for (const column of copy.nulls ?? []) row.j[column] = null;
    await to.query(`INSERT INTO "${copy.table}" SELECT * FROM json_populate_record(NULL::"${copy.table}", $1::json)`, [JSON.stringify(row.j)]);
  }
  return rows.length;
}

/** Picks a staff member with activities on a working day of the month, and that day. */
export async function pickSubmitSubject(province: pg.Client, input: { year: number; month: number; staffId: number }): Promise<SubmitSubject> {
  const { rows } = await province.query<SubmitSubject>(
    `SELECT e.id AS "employeeId", u.id AS "userId", e.nip, e."opdId", u.role::text AS role,
            (SELECT to_char(max(a.date), 'YYYY-MM-DD') FROM activity a WHERE a."employeeId" = e.id AND a.date >= make_date($2, $3, 1) AND a.date < make_date($2, $3, 1) + interval '1 month' AND extract(day FROM a.date) <= 26) AS date,
            (SELECT r.id FROM skp s JOIN rhk r ON r."skpVersionId" = s."inForceVersionId" WHERE s."employeeId" = e.id AND s.year = $2 ORDER BY r.id LIMIT 1) AS "rhkId"
     FROM employee e JOIN user_account u ON u."employeeId" = e.id WHERE e.id = $1`,
    [input.staffId, input.year, input.month],
  );
  const subject = rows[0];
  if (!subject?.date) throw new Error(`employee ${input.staffId} has no activity in ${input.year}-${input.month}`);
  return subject;
}

/** Copies what the submit of `subject` reads from the province into the (migrated, empty) scratch database. */
export async function replicateSubmitter(input: { provinceUrl: string; scratchUrl: string; subject: SubmitSubject; year: number }): Promise<void> {
  const from = new pg.Client({ connectionString: input.provinceUrl });
  const to = new pg.Client({ connectionString: input.scratchUrl });
  await Promise.all([from.connect(), to.connect()]);
  try {
    await from.query("BEGIN READ ONLY");
    const id = input.subject.employeeId;
    const employee = `id = (SELECT "%s" FROM employee WHERE id = $1)`;
    await copyRows(from, to, { table: "opd", where: employee.replace("%s", "opdId"), params: [id] });
    await copyRows(from, to, { table: "unit", where: employee.replace("%s", "unitId"), params: [id], nulls: ["parentId"] });
    await copyRows(from, to, { table: "position", where: employee.replace("%s", "positionId"), params: [id] });
    await copyRows(from, to, { table: "employee", where: "id = $1", params: [id], nulls: ["supervisorId"] });
    await copyRows(from, to, { table: "user_account", where: `"employeeId" = $1`, params: [id] });
    await copyRows(from, to, { table: "skp", where: `"employeeId" = $1 AND year = $2`, params: [id, input.year], nulls: ["inForceVersionId"] });
    await copyRows(from, to, { table: "skp_version", where: `id = (SELECT "inForceVersionId" FROM skp WHERE "employeeId" = $1 AND year = $2)`, params: [id, input.year], nulls: ["approverEmployeeId", "basedOnVersionId"] });
    await copyRows(from, to, { table: "rhk", where: `"skpVersionId" = (SELECT "inForceVersionId" FROM skp WHERE "employeeId" = $1 AND year = $2)`, params: [id, input.year], nulls: ["parentRhkId", "orgTargetId", "copiedFromId"] });
    const { rows } = await from.query<{ v: number | null }>(`SELECT "inForceVersionId" AS v FROM skp WHERE "employeeId" = $1 AND year = $2`, [id, input.year]);
    if (rows[0]?.v) await to.query(`UPDATE skp SET "inForceVersionId" = $1 WHERE "employeeId" = $2 AND year = $3`, [rows[0].v, id, input.year]);
    await copyRows(from, to, { table: "period", where: "year = $1", params: [input.year] });
    await copyRows(from, to, { table: "activity", where: `"employeeId" = $1 AND date = $2::date`, params: [id, input.subject.date], nulls: ["rhkId", "instructionId", "reviewedByEmployeeId"] });
    await from.query("COMMIT");
    // Later inserts take ids above the copied ones, as on the province.
    for (const table of ["activity", "audit_log"]) {
      await to.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST((SELECT COALESCE(max(id), 0) FROM "${table}"), $1::bigint))`, [
        (await from.query<{ n: string }>(`SELECT COALESCE(max(id), 1) AS n FROM "${table}"`)).rows[0]!.n,
      ]);
    }
  } finally {
    await Promise.all([from.end(), to.end()]);
  }
}
