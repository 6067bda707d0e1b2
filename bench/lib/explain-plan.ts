/**
 * Reading EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output for bench/explain.ts: the root's rows and
 * times, the nodes that took the time (self time = the node's total minus its children's), a
 * one-line shape of the tree, and warnings for sequential scans of large tables and big sorts.
 */
export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Parent Relationship"?: string;
  "Join Type"?: string;
  Strategy?: string;
  "Plan Rows": number;
  "Actual Total Time"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Sort Method"?: string;
  "Sort Space Used"?: number;
  "Sort Space Type"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Workers Launched"?: number;
  Plans?: PlanNode[];
};

export type ExplainOutput = {
  Plan: PlanNode;
  "Planning Time"?: number;
  "Execution Time"?: number;
  Triggers?: { "Trigger Name": string; Relation?: string; Time: number; Calls: number }[];
};

export type PlanSummary = {
  analyzed: boolean;
  executionMs: number | null;
  planningMs: number | null;
  rows: number | null;
  shape: string;
  top: { label: string; selfMs: number }[];
  warnings: string[];
  sharedHit: number;
  sharedRead: number;
};

/** Tables at least this large (pg_class.reltuples) are "large" for the warnings. */
export const LARGE_TABLE_ROWS = Number(process.env.EXPLAIN_LARGE_ROWS ?? 100_000);
const BIG_SORT_ROWS = 10_000;

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const compactCount = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e4 ? `${Math.round(n / 1e3)}k` : fmt(n));

export function nodeLabel(node: PlanNode): string {
  const type = node["Node Type"];
  const relation = node["Relation Name"];
  const index = node["Index Name"];
  let label = type === "Aggregate" && node.Strategy ? `${node.Strategy === "Plain" ? "" : `${node.Strategy} `}Aggregate` : type;
  if (node["Join Type"] && node["Join Type"] !== "Inner" && /Join|Nested Loop/.test(type)) label += ` (${node["Join Type"]})`;
  if (relation) label += ` ${relation}`;
  if (index) label += ` [${index}]`;
  return label;
}

const totalMs = (node: PlanNode) => (node["Actual Total Time"] ?? 0) * (node["Actual Loops"] ?? 1);
const rowsOut = (node: PlanNode) => (node["Actual Rows"] ?? 0) * (node["Actual Loops"] ?? 1);

function walk(node: PlanNode, visit: (node: PlanNode, depth: number) => void, depth = 0): void {
  visit(node, depth);
  for (const child of node.Plans ?? []) walk(child, visit, depth + 1);
}

/** The tree on one line: `Sort(Hash Join(Seq Scan a, Index Scan b [idx]))`, Hash/Materialize folded away. */
export function planShape(node: PlanNode, max = 180): string {
  const render = (n: PlanNode): string => {
    const children = (n.Plans ?? []).map(render);
    if (["Hash", "Materialize", "Memoize", "Result"].includes(n["Node Type"]) && children.length === 1) return children[0]!;
    return children.length ? `${nodeLabel(n)}(${children.join(", ")})` : nodeLabel(n);
  };
  const shape = render(node);
  return shape.length > max ? `${shape.slice(0, max - 1)}…` : shape;
}

export function summarisePlan(output: ExplainOutput, tableRows: Map<string, number>): PlanSummary {
  const analyzed = output["Execution Time"] !== undefined;
  const selfTimes: { label: string; selfMs: number }[] = [];
  const warnings: string[] = [];
  let sharedHit = 0;
  let sharedRead = 0;
  walk(output.Plan, (node) => {
    sharedHit = Math.max(sharedHit, node["Shared Hit Blocks"] ?? 0);
    sharedRead = Math.max(sharedRead, node["Shared Read Blocks"] ?? 0);
    const children = (node.Plans ?? []).reduce((s, c) => s + totalMs(c), 0);
    const loops = node["Actual Loops"] ?? 1;
    const detail = analyzed ? ` ×${fmt(loops)} rows ${compactCount(rowsOut(node))}` : "";
    if (analyzed) selfTimes.push({ label: `${nodeLabel(node)}${loops > 1 ? detail : ` rows ${compactCount(rowsOut(node))}`}`, selfMs: Math.max(0, totalMs(node) - children) });
    const relation = node["Relation Name"];
    if (node["Node Type"].includes("Seq Scan") && relation) {
      const size = tableRows.get(relation) ?? 0;
      if (size >= LARGE_TABLE_ROWS) {
        const read = analyzed ? ` read ${compactCount(rowsOut(node) + (node["Rows Removed by Filter"] ?? 0) * loops)}, kept ${compactCount(rowsOut(node))}` : "";
        warnings.push(`seq scan on ${relation} (${compactCount(size)} rows;${read || " planned"})`);
      }
    }
    if (node["Node Type"] === "Sort") {
      const sorted = analyzed ? rowsOut(node) : node["Plan Rows"];
      if (sorted >= BIG_SORT_ROWS || node["Sort Space Type"] === "Disk") {
        warnings.push(`sort of ${compactCount(sorted)} rows (${node["Sort Method"] ?? "planned"}${node["Sort Space Used"] ? `, ${fmt(node["Sort Space Used"])} kB ${node["Sort Space Type"] ?? ""}` : ""})`);
      }
    }
  });
  selfTimes.sort((a, b) => b.selfMs - a.selfMs);
  return {
    analyzed,
    executionMs: output["Execution Time"] ?? null,
    planningMs: output["Planning Time"] ?? null,
    rows: analyzed ? rowsOut(output.Plan) : null,
    shape: planShape(output.Plan),
    top: selfTimes.slice(0, 3),
    warnings: [...new Set(warnings)],
    sharedHit,
    sharedRead,
  };
}

/** The plan as indented text (for the full report file), from the JSON. */
export function planText(output: ExplainOutput): string {
  const lines: string[] = [];
  walk(output.Plan, (node, depth) => {
    const actual =
      node["Actual Total Time"] !== undefined
        ? ` (actual ${node["Actual Total Time"].toFixed(3)} ms × ${node["Actual Loops"] ?? 1}, rows ${fmt(node["Actual Rows"] ?? 0)}${node["Rows Removed by Filter"] ? `, removed ${fmt(node["Rows Removed by Filter"])}` : ""})`
        : ` (planned rows ${fmt(node["Plan Rows"])})`;
    const buffers = node["Shared Hit Blocks"] !== undefined ? ` buffers hit ${fmt(node["Shared Hit Blocks"])} read ${fmt(node["Shared Read Blocks"] ?? 0)}` : "";
    const sort = node["Sort Method"] ? ` sort ${node["Sort Method"]} ${node["Sort Space Used"] ?? ""} kB ${node["Sort Space Type"] ?? ""}` : "";
    lines.push(`${"  ".repeat(depth)}-> ${nodeLabel(node)}${actual}${buffers}${sort}`);
  });
  if (output["Planning Time"] !== undefined) lines.push(`Planning ${output["Planning Time"].toFixed(3)} ms`);
  for (const t of output.Triggers ?? []) lines.push(`Trigger ${t["Trigger Name"]}: ${t.Time.toFixed(3)} ms × ${t.Calls}`);
  if (output["Execution Time"] !== undefined) lines.push(`Execution ${output["Execution Time"].toFixed(3)} ms`);
  return lines.join("\n");
}
