/**
 * Records the SQL the app really sends: a pg Pool whose connections log every statement with the
 * parameter values as they go over the wire (after Prisma's driver adapter has mapped them), for
 * bench/explain.ts. Handed to Prisma as the adapter's external pool (createPrismaClient({ pool })).
 */
import pg from "pg";

export type CapturedStatement = { text: string; values: unknown[] };

type QueryArgs = [unknown, unknown?, unknown?];

const recording = new WeakMap<pg.Client, (statement: CapturedStatement) => void>();
let patched = false;

/** Wraps pg.Client#query once for the whole process; only clients of a capture pool record. */
function patchClientQuery(): void {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as (...args: QueryArgs) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: QueryArgs) => unknown }).query = function (this: pg.Client, ...args: QueryArgs) {
    const sink = recording.get(this);
    if (sink) {
      const [config, values] = args;
      if (typeof config === "string") sink({ text: config, values: Array.isArray(values) ? values : [] });
      else if (config && typeof config === "object" && "text" in config) {
        const c = config as { text: string; values?: unknown[] };
        sink({ text: c.text, values: c.values ?? (Array.isArray(values) ? values : []) });
      }
    }
    return original.apply(this, args);
  };
}

export type CapturePool = {
  pool: pg.Pool;
  /** Runs `fn` and returns what it resolved to and the statements sent meanwhile, in order. */
  capture: <T>(fn: () => Promise<T>) => Promise<{ result: T; statements: CapturedStatement[] }>;
};

export function capturePool(input: { url: string; max?: number }): CapturePool {
  patchClientQuery();
  const pool = new pg.Pool({ connectionString: input.url, max: input.max ?? 10 });
  let current: CapturedStatement[] | null = null;
  pool.on("connect", (client) => {
    recording.set(client, (statement) => current?.push(statement));
  });
  return {
    pool,
    capture: async (fn) => {
      if (current) throw new Error("one capture at a time");
      current = [];
      try {
        const result = await fn();
        return { result, statements: current };
      } finally {
        current = null;
      }
    },
  };
}

/**
 * A statement without parameters may carry several commands (`BEGIN; SELECT pg_advisory_xact_lock(…)`,
 * sent in one round trip): one entry per command, so each can be explained. Parameterised
 * statements are single commands (the extended protocol allows no more).
 */
export function splitCommands(statements: CapturedStatement[]): CapturedStatement[] {
  return statements.flatMap((s) =>
    s.values.length > 0 || !s.text.includes(";")
      ? [s]
      : s.text.split(";").map((text) => text.trim()).filter(Boolean).map((text) => ({ text, values: [] })),
  );
}

/** Transaction control and session chatter: nothing to explain. */
export function isExplainable(statement: CapturedStatement): boolean {
  const head = statement.text.trim().split(/\s+/, 1)[0]!.toUpperCase();
  return ["SELECT", "WITH", "INSERT", "UPDATE", "DELETE"].includes(head) && !/^SELECT\s+1\s*$/i.test(statement.text.trim());
}

/** Writes, data-modifying CTEs and row locks (FOR UPDATE/SHARE): not allowed in a READ ONLY transaction. */
export function isWrite(statement: CapturedStatement): boolean {
  const text = statement.text.trim();
  if (/^(INSERT|UPDATE|DELETE|MERGE)\b/i.test(text)) return true;
  if (/\bFOR\s+(NO\s+KEY\s+)?(UPDATE|SHARE)\b/i.test(text)) return true;
  return /^WITH\b/i.test(text) && /(\bAS\s*\(|\))\s*(INSERT|UPDATE|DELETE)\b/i.test(text);
}
