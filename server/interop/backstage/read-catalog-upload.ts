// The uploaded files as one set of paths: plain files by their (relative) name, a zip's entries
// under "<zip name>/". Location targets and `$text` placeholders resolve against this set only;
// nothing is fetched, so an upload can never make the server read a URL or a local file.
import { unzipSync } from "fflate";
import type { TImportProblem } from "@/lib/schemas/interop";
import { problem, type TCatalogUpload } from "./catalog-types";

export type TCatalogFileInput = { name: string; text?: string; base64?: string };

/** What a zip may expand to: past this the upload is refused (a zip bomb stays small on the wire). */
const MAX_EXPANDED_BYTES = 200_000_000;
const MAX_ENTRIES = 20_000;

/** "a/./b/../c.yaml" → "a/c.yaml"; null when the path climbs above the upload's root. */
export function normalizePath(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length ? parts.join("/") : null;
}

function expandZip(name: string, bytes: Uint8Array, upload: TCatalogUpload, problems: TImportProblem[]) {
  let expanded = 0;
  let entries = 0;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        expanded += f.originalSize;
        entries += 1;
        if (expanded > MAX_EXPANDED_BYTES || entries > MAX_ENTRIES) throw new RangeError("too large");
        return !f.name.endsWith("/");
      },
    });
    for (const [entry, data] of Object.entries(files)) {
      const path = normalizePath(`${name}/${entry}`);
      if (path) upload.set(path, data);
    }
  } catch (error) {
    const message = error instanceof RangeError
      ? `The zip expands past ${MAX_EXPANDED_BYTES / 1_000_000} MB or ${MAX_ENTRIES} files`
      : "Not a readable zip file";
    problems.push(problem({ entity: "file", file: name, message }));
  }
}

/** Decodes the uploaded files (text, base64, zips) into one set of paths. */
export function readCatalogUpload(options: { files: TCatalogFileInput[] }): { upload: TCatalogUpload; errors: TImportProblem[] } {
  const upload: TCatalogUpload = new Map();
  const errors: TImportProblem[] = [];
  for (const file of options.files) {
    const name = normalizePath(file.name) ?? "upload.yaml";
    const bytes = file.text !== undefined ? new TextEncoder().encode(file.text) : Buffer.from(file.base64 ?? "", "base64");
    if (/\.zip$/i.test(name)) expandZip(name, bytes, upload, errors);
    else upload.set(name, bytes);
  }
  return { upload, errors };
}
