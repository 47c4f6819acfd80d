// An API's definition: inline text, or a `$text` / `$json` / `$yaml` placeholder naming a file of
// the upload. A placeholder pointing at a URL is not fetched: the URL becomes the contract URL.
import { problem, type TCatalogEntity, type TCatalogUpload, type TCatalogWarning } from "./catalog-types";
import { normalizePath } from "./read-catalog-upload";

const PLACEHOLDERS = ["$text", "$json", "$yaml"];

export function resolveDefinition(options: { entity: TCatalogEntity; upload: TCatalogUpload; warnings: TCatalogWarning[] }) {
  const { entity, upload, warnings } = options;
  const definition = entity.spec.definition;
  if (typeof definition === "string") {
    entity.definition = definition;
    return;
  }
  if (typeof definition !== "object" || definition === null) return;
  const [placeholder, target] = Object.entries(definition)[0] ?? [];
  const at = { entity: "API", key: entity.refText, field: "spec.definition", file: entity.file, line: entity.line };
  if (!PLACEHOLDERS.includes(placeholder ?? "") || typeof target !== "string") {
    warnings.push(problem({ ...at, message: "The definition is neither text nor a $text placeholder: left out" }));
    return;
  }
  if (/^https?:\/\//i.test(target)) {
    entity.definitionUrl = target;
    warnings.push(problem({ ...at, message: `The definition is at ${target}, which an import does not fetch: kept as the contract URL` }));
    return;
  }
  const dir = entity.file.includes("/") ? entity.file.slice(0, entity.file.lastIndexOf("/")) : "";
  const path = normalizePath(target.startsWith("/") ? target : `${dir}/${target}`);
  const bytes = path ? upload.get(path) : undefined;
  if (!bytes) {
    warnings.push(problem({ ...at, message: `The definition file ${target} is not in the upload: upload it too` }));
    return;
  }
  entity.definition = new TextDecoder().decode(bytes);
}
