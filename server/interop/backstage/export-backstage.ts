import "server-only";
// GET /api/v1/export/backstage.yaml and .zip: the catalogue as catalog-info.yaml. The YAML is one
// multi-document file (all of it, or one team's file with the groupings it uses) that a Backstage
// instance can read as a catalog location; the zip holds one file per team plus an all.yaml
// Location pointing at them, so the zip (or its folder) imports back as it is.
import { strToU8, zipSync } from "fflate";
import { stringify } from "yaml";
import { AppError } from "@/server/http/app-error";
import { buildBackstageEntities, GROUPINGS_FILE, UNOWNED_FILE } from "./build-backstage-entities";
import { entityDocument } from "./build-grouping-entities";
import type { TEntityDocument } from "./export-types";
import { loadBackstageExport } from "./load-backstage-export";

const toYaml = (docs: TEntityDocument[]) => docs.map((d) => stringify(d, { lineWidth: 0 })).join("---\n");

function download(body: string | Uint8Array, type: string, name: string): Response {
  return new Response(body as BodyInit, {
    headers: { "content-type": type, "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
  });
}

export type ExportBackstageOptions = { format: "yaml" | "zip"; team?: string };

export async function exportBackstage({ format, team }: ExportBackstageOptions): Promise<Response> {
  const files = buildBackstageEntities(await loadBackstageExport());
  if (format === "zip") {
    const names = [...files.keys()].sort().map((n) => `${n}.yaml`);
    const location = entityDocument("Location", { name: "junction", description: "The Junction catalogue, one file per team" }, { targets: names.map((n) => `./${n}`) });
    const zip = zipSync({
      "all.yaml": strToU8(toYaml([location])),
      ...Object.fromEntries([...files].map(([n, docs]) => [`${n}.yaml`, strToU8(toYaml(docs))])),
    });
    return download(zip, "application/zip", "junction-catalog.zip");
  }
  if (team !== undefined) {
    const docs = files.get(team);
    if (!docs || team === UNOWNED_FILE || team === GROUPINGS_FILE) throw AppError.notFound("team");
    return download(toYaml([...docs, ...(files.get(GROUPINGS_FILE) ?? [])]), "application/yaml; charset=utf-8", `catalog-${team}.yaml`);
  }
  const all = [...files].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, docs]) => docs);
  return download(toYaml(all), "application/yaml; charset=utf-8", "catalog-info.yaml");
}
