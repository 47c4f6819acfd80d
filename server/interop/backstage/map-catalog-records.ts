// The parsed catalog → the records the import engine takes. Each record remembers its entity
// (sourceRef) and where it was written (origin), and is checked against the records' schemas
// here, so a bad value names its file and line instead of failing the whole upload.
import type { z } from "zod";
import {
  ZImportInterface, ZImportPerson, ZImportSystem, ZImportTeam,
  type TImportProblem, type TImportRecords, type TImportSystem,
} from "@/lib/schemas/interop";
import { buildIndex, kindLabel, warn } from "./catalog-index";
import { problem, type TCatalogEntity, type TCatalogWarning } from "./catalog-types";
import { checkCatalogRefs } from "./check-catalog-refs";
import { CHECKED_EDGES, mapCatalogInterfaces } from "./map-catalog-interfaces";
import { mapCatalogPeople } from "./map-catalog-people";
import { mapCatalogSystem } from "./map-catalog-systems";
import { mapCatalogTeams } from "./map-catalog-teams";

/** Kinds read for their relations only: System and Domain become labels, Locations were followed. */
const LABEL_KINDS = new Set(["system", "domain", "location"]);
const MAPPED_KINDS = new Set(["component", "resource", "api", "group", "user"]);

export type TCatalogMapping = { records: TImportRecords; errors: TImportProblem[]; warnings: TCatalogWarning[] };

type Origin = { key?: string; email?: string; sourceRef?: string; origin?: { file: string; line?: number } };

/** Keeps the records its schema accepts (parsed, so defaults apply); the others become problems. */
function valid<S extends z.ZodType>(entity: string, schema: S, rows: Origin[], errors: TImportProblem[], checked?: WeakSet<object>): z.output<S>[] {
  const seen = new Map<string, Origin>();
  const out: z.output<S>[] = [];
  for (const row of rows) {
    const key = row.key ?? row.email ?? "";
    const at = { entity, key, file: row.origin?.file ?? null, line: row.origin?.line ?? null };
    const first = seen.get(key);
    if (first) {
      // Two entities whose names slug to one key (or one email): the second cannot be told apart.
      errors.push(problem({ ...at, message: `${row.sourceRef} gets the key ${key}, which ${first.sourceRef} already has` }));
      continue;
    }
    seen.set(key, row);
    if (checked?.has(row)) {
      out.push(row as z.output<S>);
      continue;
    }
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else for (const issue of parsed.error.issues) errors.push(problem({ ...at, field: issue.path.join(".") || null, message: issue.message }));
  }
  return out;
}

export function mapCatalogRecords(options: { entities: TCatalogEntity[] }): TCatalogMapping {
  const { entities } = options;
  const index = buildIndex(entities);
  const ofKind = (kind: string) => entities.filter((e) => e.ref.kind === kind);
  for (const e of entities) {
    if (!MAPPED_KINDS.has(e.ref.kind) && !LABEL_KINDS.has(e.ref.kind)) {
      warn(index, e, "kind", `Kind ${kindLabel(e)} is not something Junction models: not imported`);
    }
  }
  checkCatalogRefs(index, entities);
  const users = ofKind("user");
  const people = mapCatalogPeople(index, users);
  const teams = mapCatalogTeams(index, ofKind("group"), users);
  const systemRows = entities.filter((e) => e.ref.kind === "component" || e.ref.kind === "resource").map((e) => mapCatalogSystem(index, e));
  const systemsByKey = new Map<string, TImportSystem>(systemRows.map((s) => [s.key, s]));
  const interfaceRows = dedupeEdges(mapCatalogInterfaces(index, entities, systemsByKey));

  const errors: TImportProblem[] = [];
  const records: TImportRecords = {
    teams: valid("teams", ZImportTeam, teams, errors),
    people: valid("people", ZImportPerson, people, errors),
    systems: valid("systems", ZImportSystem, systemRows, errors),
    interfaces: valid("interfaces", ZImportInterface, interfaceRows, errors, CHECKED_EDGES),
  };
  return { records, errors, warnings: index.warnings };
}

/** A dependency declared twice (dependsOn and consumesApis naming one component) is one edge. */
function dedupeEdges<T extends { sourceRef?: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (!r.sourceRef) return true;
    if (seen.has(r.sourceRef)) return false;
    seen.add(r.sourceRef);
    return true;
  });
}
