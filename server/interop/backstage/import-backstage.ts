import "server-only";
// A Backstage catalog upload through the import engine: read the files, map the entities, and
// hand the records over. Errors found while reading (broken YAML, bad values) go to the engine,
// which stops an all-or-nothing import on them; warnings (unknown kinds, dangling refs, targets
// outside the upload) do not stop anything and are added to the result as they are.
import type { TBackstageImportBody, TImportProblem, TImportRecords, TImportResult } from "@/lib/schemas/interop";
import type { Actor } from "@/server/auth/actor";
import { importRecords } from "@/server/interop/import-records";
import { mapCatalogRecords } from "./map-catalog-records";
import { parseCatalogFiles } from "./parse-catalog-files";
import { readCatalogUpload, type TCatalogFileInput } from "./read-catalog-upload";

export type ImportBackstageOptions = { actor: Actor; body: TBackstageImportBody };

const LABEL_MAX = 300;

function label(names: string[]): string {
  const all = names.join(", ");
  return all.length <= LABEL_MAX ? all : `${all.slice(0, LABEL_MAX - 20)}… (${names.length} files)`;
}

/**
 * Reading and mapping in one synchronous step: the upload's bytes and parsed entities (tens of MB
 * for a large catalog) are garbage once it returns, instead of living on in the async frame while
 * the engine writes.
 */
function readBackstage(files: TCatalogFileInput[]): { records: TImportRecords; errors: TImportProblem[]; warnings: TImportProblem[] } {
  const { upload, errors } = readCatalogUpload({ files });
  const read = parseCatalogFiles({ upload });
  const mapped = mapCatalogRecords({ entities: read.entities });
  return { records: mapped.records, errors: [...errors, ...read.errors, ...mapped.errors], warnings: [...read.warnings, ...mapped.warnings] };
}

export async function importBackstage({ actor, body }: ImportBackstageOptions): Promise<TImportResult> {
  const { mode, dryRun, batchId } = body;
  const names = body.files.map((f) => f.name);
  const { records, errors, warnings } = readBackstage(body.files);
  const result = await importRecords({
    actor, source: "BACKSTAGE", label: label(names), records, options: { mode, dryRun, batchId }, problems: errors,
  });
  return { ...result, problems: [...result.problems, ...warnings] };
}
