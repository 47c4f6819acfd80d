// What reading an upload yields, before it is mapped onto Junction records.
import type { TImportProblem } from "@/lib/schemas/interop";
import type { TEntityRef } from "./entity-ref";

/** The upload as paths (zip entries under "<zip name>/") and their bytes. */
export type TCatalogUpload = Map<string, Uint8Array>;

export type TCatalogEntity = {
  /** Lowercase kind, namespace and name. */
  ref: TEntityRef;
  /** The canonical ref, "component:default/petstore": the records' sourceRef. */
  refText: string;
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
  file: string;
  line: number;
  /** An API's definition as text (inline or from a `$text` file within the upload). */
  definition?: string;
  /** An API's definition left at a URL (`$text: https://…`): not fetched, kept as the contract URL. */
  definitionUrl?: string;
};

/** A problem that does not stop the import: the record is read as far as it can be. */
export type TCatalogWarning = TImportProblem;

export type TCatalogRead = {
  entities: TCatalogEntity[];
  /** Problems that make the upload wrong (broken YAML, a malformed entity): they stop an all-or-nothing import. */
  errors: TImportProblem[];
  /** What was left out or guessed (unknown kinds, dangling refs, targets outside the upload). */
  warnings: TCatalogWarning[];
};

export const problem = (p: Partial<TImportProblem> & Pick<TImportProblem, "entity" | "message">): TImportProblem => ({
  key: null, field: null, file: null, line: null, ...p,
});
