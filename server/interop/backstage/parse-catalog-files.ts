// Reads the upload's catalog files into entities: every YAML file, plus whatever a Location's
// targets name inside the upload. A document that does not parse, or is not an entity, is a
// problem with its file and line, never an exception; the rest of the file is still read.
import type { TImportProblem } from "@/lib/schemas/interop";
import { DEFAULT_NAMESPACE, formatEntityRef } from "./entity-ref";
import { problem, type TCatalogEntity, type TCatalogRead, type TCatalogUpload } from "./catalog-types";
import { normalizePath } from "./read-catalog-upload";
import { resolveDefinition } from "./resolve-definition";
import { splitYamlDocuments } from "./split-yaml-documents";
import { kindLabel } from "./catalog-index";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
const CATALOG_FILE = /\.ya?ml$/i;

/** A path relative to the file that names it, or null when it leaves the upload's root. */
export function resolveRelative(from: string, target: string): string | null {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
  return normalizePath(target.startsWith("/") ? target : `${dir}/${target}`);
}

type Pending = { docs: { value: unknown; line: number }[]; file: string };

function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function readDocuments(file: string, text: string, errors: TImportProblem[]): Pending {
  const docs: Pending["docs"] = [];
  for (const doc of splitYamlDocuments(text)) {
    if ("error" in doc) errors.push(problem({ entity: "yaml", file, line: doc.line, message: `Not valid YAML: ${doc.error}` }));
    else docs.push(doc);
  }
  return { docs, file };
}

function toEntity(value: unknown, file: string, line: number, errors: TImportProblem[]): TCatalogEntity | null {
  const metadata = isRecord(value) && isRecord(value.metadata) ? value.metadata : null;
  if (!isRecord(value) || typeof value.kind !== "string" || typeof value.apiVersion !== "string" || !metadata || typeof metadata.name !== "string") {
    errors.push(problem({ entity: "yaml", file, line, message: "Not a catalog entity: it needs apiVersion, kind and metadata.name" }));
    return null;
  }
  const namespace = typeof metadata.namespace === "string" ? metadata.namespace.toLowerCase() : DEFAULT_NAMESPACE;
  const ref = { kind: value.kind.toLowerCase(), namespace, name: metadata.name.toLowerCase() };
  return { ref, refText: formatEntityRef(ref), metadata, spec: isRecord(value.spec) ? value.spec : {}, file, line };
}

/** The targets of a Location, as upload paths; a URL or a path outside the upload is a warning. */
function locationTargets(entity: TCatalogEntity, upload: TCatalogUpload, warnings: TImportProblem[]): string[] {
  const { target, targets } = entity.spec;
  const all = [...(typeof target === "string" ? [target] : []), ...(Array.isArray(targets) ? targets.filter((t) => typeof t === "string") : [])];
  const found: string[] = [];
  for (const t of all) {
    const path = isUrl(t) ? null : resolveRelative(entity.file, t);
    if (path && upload.has(path)) found.push(path);
    else {
      const why = isUrl(t) ? "is a URL, which an import does not fetch" : "is not in the upload";
      warnings.push(problem({ entity: "Location", key: entity.refText, field: "spec.targets", file: entity.file, line: entity.line, message: `Target ${t} ${why}: upload that file too` }));
    }
  }
  return found;
}

/** Parses the catalog files of an upload into entities, following Locations within it. */
export function parseCatalogFiles(options: { upload: TCatalogUpload }): TCatalogRead {
  const { upload } = options;
  const read: TCatalogRead = { entities: [], errors: [], warnings: [] };
  const queue = [...upload.keys()].filter((p) => CATALOG_FILE.test(p));
  const seen = new Set(queue);
  const byRef = new Map<string, TCatalogEntity>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = decode(upload.get(file)!);
    if (text === null) {
      read.errors.push(problem({ entity: "file", file, message: "Not UTF-8 text" }));
      continue;
    }
    for (const { value, line } of readDocuments(file, text, read.errors).docs) {
      const entity = toEntity(value, file, line, read.errors);
      if (!entity) continue;
      const first = byRef.get(entity.refText);
      if (first) {
        read.warnings.push(problem({ entity: kindLabel(entity), key: entity.refText, file, line, message: `Already defined in ${first.file} line ${first.line}: this copy is ignored` }));
        continue;
      }
      byRef.set(entity.refText, entity);
      read.entities.push(entity);
      if (entity.ref.kind === "location") {
        for (const path of locationTargets(entity, upload, read.warnings)) {
          if (seen.has(path)) continue;
          queue.push(path);
          seen.add(path);
        }
      }
      if (entity.ref.kind === "api") resolveDefinition({ entity, upload, warnings: read.warnings });
    }
  }
  dropDefinitionFiles(read, upload);
  return read;
}

/**
 * Files pulled in by `$text` (an OpenAPI document beside its API entity) are YAML too, and were
 * read as catalog files: their "not a catalog entity" complaints are withdrawn.
 */
function dropDefinitionFiles(read: TCatalogRead, upload: TCatalogUpload) {
  const definitionFiles = new Set<string>();
  for (const e of read.entities) {
    const placeholder = e.ref.kind === "api" && isRecord(e.spec.definition) ? Object.values(e.spec.definition)[0] : undefined;
    const path = typeof placeholder === "string" && !isUrl(placeholder) ? resolveRelative(e.file, placeholder) : null;
    if (path && upload.has(path)) definitionFiles.add(path);
  }
  read.errors = read.errors.filter((p) => !(p.file && definitionFiles.has(p.file)));
}
