// Files named on the command line, as an import request carries them. Directories are read
// recursively. Names are kept relative to the files' common folder, so that a Location's
// `target: ./apis/petstore-api.yaml` and an API's `$text: ./petstore.oas.yaml` find their file
// inside the upload.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { hasExtension, isBinaryName, type UploadFile } from "@/lib/interop/upload-file";
import { CliError, EXIT } from "./exit-codes";

const SKIP_DIRS = new Set(["node_modules", ".git"]);

async function walk(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found = await Promise.all(entries.sort((a, b) => a.name.localeCompare(b.name)).map(async (e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : walk(full, extensions);
    return e.isFile() && hasExtension(e.name, extensions) ? [full] : [];
  }));
  return found.flat();
}

/** The folder every path lies in. */
export function commonFolder(files: readonly string[]): string {
  const dirs = files.map((f) => path.dirname(path.resolve(f)).split(path.sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/** The files under `inputs` (files or directories) with one of `extensions`, named relative to their common folder. */
export async function readInputs(inputs: readonly string[], extensions: readonly string[]): Promise<UploadFile[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info) throw new CliError(EXIT.USAGE, `No such file or directory: ${input}`);
    if (info.isDirectory()) files.push(...(await walk(input, extensions)));
    else if (hasExtension(input, extensions)) files.push(input);
    else throw new CliError(EXIT.USAGE, `${input}: expected ${extensions.join(", ")}`);
  }
  const unique = [...new Set(files.map((f) => path.resolve(f)))];
  if (!unique.length) throw new CliError(EXIT.USAGE, `No ${extensions.join(", ")} files in ${inputs.join(", ")}`);
  const base = commonFolder(unique);
  return Promise.all(unique.map(async (file) => {
    const name = path.relative(base, file).split(path.sep).join("/");
    const bytes = await readFile(file);
    return isBinaryName(file) ? { name, base64: bytes.toString("base64") } : { name, text: bytes.toString("utf8") };
  }));
}
