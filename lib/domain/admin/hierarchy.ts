/**
 * Trees kept as parent links: the supervisor chain (atasan langsung) and the unit tree of an
 * agency. A change that hangs `nodeId` under `newParentId` must not make a node its own ancestor.
 */

export type CycleCheck<Id> =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: "self" | "cycle" | "brokenChain"; readonly chain: readonly Id[] };

/**
 * Would hanging `nodeId` under `newParentId` close a loop? Walks up from `newParentId` through
 * `parentOf` (missing or null = top of the chain). `chain` lists the nodes walked, from the new
 * parent upwards, so a message can name them. A loop already present in the data above the new
 * parent (which validated data never holds) is refused as "brokenChain" rather than followed
 * forever. Pure: the caller loads the links.
 */
export function checkNewParent<Id>(input: {
  nodeId: Id;
  newParentId: Id | null;
  parentOf: ReadonlyMap<Id, Id | null>;
}): CycleCheck<Id> {
  const { nodeId, newParentId, parentOf } = input;
  if (newParentId === null) return { ok: true };
  if (newParentId === nodeId) return { ok: false, reason: "self", chain: [nodeId] };
  const chain: Id[] = [];
  const seen = new Set<Id>();
  let current: Id | null | undefined = newParentId;
  while (current !== null && current !== undefined) {
    if (current === nodeId) return { ok: false, reason: "cycle", chain: [...chain, current] };
    if (seen.has(current)) return { ok: false, reason: "brokenChain", chain: [...chain, current] };
    seen.add(current);
    chain.push(current);
    current = parentOf.get(current);
  }
  return { ok: true };
}

/** The ids of `rootId` and everything below it, given child links derived from `parentOf`. */
export function descendantsOf<Id>(rootId: Id, parentOf: ReadonlyMap<Id, Id | null>): Set<Id> {
  const children = new Map<Id, Id[]>();
  for (const [child, parent] of parentOf) {
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const out = new Set<Id>([rootId]);
  const queue: Id[] = [rootId];
  while (queue.length > 0) {
    const next = queue.shift()!;
    for (const child of children.get(next) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** Depth-first order of a parent-linked list; rows whose parent is missing count as roots. */
export function treeOrder<T extends { id: number; parentId: number | null }>(rows: T[]): { row: T; depth: number }[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    const key = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(key);
    if (list) list.push(row);
    else children.set(key, [row]);
  }
  const out: { row: T; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (parent: number | null, depth: number) => {
    for (const row of children.get(parent) ?? []) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      out.push({ row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}
