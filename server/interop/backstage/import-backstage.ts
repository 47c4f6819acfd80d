import "server-only";
// A Backstage catalog upload through the import engine: read the files, map the entities, and
// hand the records over. Errors found while reading (broken YAML, bad values) go to the engine,
// which stops an all-or-nothing import on them; warnings (unknown kinds, dangling refs, targets
// outside the upload) do not stop anything and are added to the result as they are.
import type { TBackstageImportBody, TImportResult } from "@/lib/schemas/interop";
import type { Actor } from "@/server/auth/actor";
import { importRecords } from "@/server/interop/import-records";
import { mapCatalogRecords } from "./map-catalog-records";
import { parseCatalogFiles } from "./parse-catalog-files";
import { readCatalogUpload } from "./read-catalog-upload";

export type ImportBackstageOptions = { actor: Actor; body: TBackstageImportBody };

const LABEL_MAX = 300;

function label(names: string[]): string {
  const all = names.join(", ");
  return all.length <= LABEL_MAX ? all : `${all.slice(0, LABEL_MAX - 20)}… (${names.length} files)`;
}

export async function importBackstage({ actor, body }: ImportBackstageOptions): Promise<TImportResult> {
  const { files, mode, dryRun, batchId } = body;
  const { upload, errors } = readCatalogUpload({ files });
  const read = parseCatalogFiles({ upload });
  const mapped = mapCatalogRecords({ entities: read.entities });
  const result = await importRecords({
    actor,
    source: "BACKSTAGE",
    label: label(files.map((f) => f.name)),
    records: mapped.records,
    options: { mode, dryRun, batchId },
    problems: [...errors, ...read.errors, ...mapped.errors],
  });
  return { ...result, problems: [...result.problems, ...read.warnings, ...mapped.warnings] };
}
