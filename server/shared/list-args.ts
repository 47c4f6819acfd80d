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

// Prisma passes `contains` into LIKE as is: a user's % or _ would act as a wildcard.
const literal = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `%q%` for LIKE, with the user's own wildcards taken literally. */
export const likePattern = (q: string) => `%${literal(q)}%`;

/** Substring match on a trigger-maintained lowercase `searchText` column (systems, interfaces). */
export function searchTextWhere(q: string | undefined) {
  return q ? { searchText: { contains: literal(q.toLowerCase()) } } : {};
}

/** Case-insensitive substring match on the given text fields (small tables: teams, users). */
export function searchWhere(q: string | undefined, fields: readonly string[]) {
  if (!q) return {};
  return { OR: fields.map((f) => ({ [f]: { contains: literal(q), mode: "insensitive" as const } })) };
}

/** `{ in: [...] }` for a multi-value filter, or nothing when absent. */
export const inFilter = <T>(values: T[] | undefined) => (values?.length ? { in: values } : undefined);

/** Lookup by id or by key: both are unique. */
export const idOrKey = (value: string) => ({ OR: [{ id: value }, { key: value }] });
