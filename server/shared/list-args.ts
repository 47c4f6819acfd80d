import "server-only";

export function pageArgs(query: { page: number; pageSize: number }) {
  return { skip: (query.page - 1) * query.pageSize, take: query.pageSize };
}

/** `-name` → [{ name: "desc" }, { id: "asc" }]; the id tiebreak keeps pages stable. */
export function orderByArg(sort: string) {
  const desc = sort.startsWith("-");
  const field = desc ? sort.slice(1) : sort;
  return [{ [field]: desc ? "desc" : "asc" }, { id: "asc" }] as { [k: string]: "asc" | "desc" }[];
}

/** Case-insensitive substring match on the given text fields (served by trigram indexes). */
export function searchWhere(q: string | undefined, fields: readonly string[]) {
  if (!q) return {};
  return { OR: fields.map((f) => ({ [f]: { contains: q, mode: "insensitive" as const } })) };
}

/** `{ in: [...] }` for a multi-value filter, or nothing when absent. */
export const inFilter = <T>(values: T[] | undefined) => (values?.length ? { in: values } : undefined);

/** Lookup by id or by key: both are unique. */
export const idOrKey = (value: string) => ({ OR: [{ id: value }, { key: value }] });
