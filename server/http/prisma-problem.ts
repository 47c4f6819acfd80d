// Database errors we expect from user input (a duplicate key, a reference gone meanwhile), as
// AppErrors: from Prisma (https://www.prisma.io/docs/orm/reference/error-reference), and from pg
// directly for the SQL the app runs on the pool (server/db-hot.ts, server/db-sql-transaction.ts).
import { AppError } from "./app-error";

/**
 * The fields of a violated unique constraint. With driver adapters Prisma reports only the index
 * name, which Prisma itself names `<Model>_<field>[_<field>…]_key`.
 */
function uniqueFields(meta: Record<string, unknown> | undefined): string[] {
  if (Array.isArray(meta?.target)) return meta.target as string[];
  const cause = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string } } } | undefined)?.cause;
  if (cause?.constraint?.fields?.length) return cause.constraint.fields;
  const index = cause?.constraint?.index;
  const model = typeof meta?.modelName === "string" ? meta.modelName : "";
  if (index && model && index.startsWith(`${model}_`) && index.endsWith("_key")) {
    return [index.slice(model.length + 1, -"_key".length)];
  }
  return ["key"];
}

/** P2002 → 409 at the unique fields, P2025 → 404, P2003 → 409; anything else is not ours to explain. */
export function fromPrisma(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== "string" || !/^P\d{4}$/.test(code)) return undefined;
  const meta = (error as { meta?: Record<string, unknown> }).meta;
  switch (code) {
    case "P2002": {
      const fields = uniqueFields(meta);
      return AppError.conflict(
        { key: "alreadyExists", params: { fields: fields.join(", ") } },
        fields.map((f) => ({ path: f, message: { key: "alreadyExists" } })),
      );
    }
    case "P2025":
      return AppError.notFound("record");
    case "P2003":
      return AppError.conflict({ key: "referenceConflict" });
    default:
      return undefined;
  }
}

/** The same two conflicts raised by PostgreSQL through pg: 23505 (unique) → 409 at the field, 23503 (foreign key) → 409. */
export function fromPostgres(error: unknown): AppError | undefined {
  const e = error as { code?: unknown; constraint?: unknown } | null;
  if (e?.code === "23505") {
    // PostgreSQL names Prisma's unique indexes <Model>_<field>_key.
    const field = (typeof e.constraint === "string" ? /^[A-Za-z]+_(\w+)_key$/.exec(e.constraint)?.[1] : undefined) ?? "key";
    return AppError.conflict({ key: "alreadyExists", params: { fields: field } }, [{ path: field, message: { key: "alreadyExists" } }]);
  }
  if (e?.code === "23503") return AppError.conflict({ key: "referenceConflict" });
  return undefined;
}
