// `junction apply -f estate.yaml`: one team's desired records in YAML, the shape of the bulk API's
// records (teams, people, systems, interfaces; see README "The junction CLI"). Checked here with
// the API's own schema, so a typo is reported with its path before anything is sent.
import { readFile } from "node:fs/promises";
import { load } from "js-yaml";
import { ZImportRecords, type TImportRecords } from "@/lib/schemas/interop";
import { CliError, EXIT } from "./exit-codes";

export async function readEstateFile(file: string): Promise<TImportRecords> {
  const text = await readFile(file, "utf8").catch(() => {
    throw new CliError(EXIT.USAGE, `Cannot read ${file}`);
  });
  // Comments only, or nothing: no records (with --prune, "this team has nothing"), which the YAML
  // reader would call an error.
  if (!text.replace(/^\s*#.*$/gm, "").trim()) return ZImportRecords.parse({});
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    throw new CliError(EXIT.USAGE, `${file} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = ZImportRecords.safeParse(data ?? {});
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "(top)"}  ${i.message}`);
    throw new CliError(EXIT.PROBLEMS, `${file} does not match the records shape (teams, people, systems, interfaces)`, details);
  }
  return parsed.data;
}
