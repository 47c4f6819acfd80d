// Prisma errors we expect from user input, as AppErrors (https://www.prisma.io/docs/orm/reference/error-reference).
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
