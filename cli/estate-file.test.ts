import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEstateFile } from "./estate-file";
import { CliError, EXIT } from "./exit-codes";

const tmp = async (text: string) => {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "estate-")), "estate.yaml");
  await writeFile(file, text);
  return file;
};

describe("estate.yaml", () => {
  it("the README's example is a valid estate file", async () => {
    const readme = await readFile(path.join(import.meta.dirname, "..", "README.md"), "utf8");
    const example = readme.split("`estate.yaml` is the bulk API's records shape")[1]?.match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(example).toBeTruthy();
    const records = await readEstateFile(await tmp(example!));
    expect(records.systems.map((s) => s.key)).toEqual(["pay-api", "pay-db"]);
    expect(records.interfaces[0]).toMatchObject({ provider: "pay-db", consumer: "pay-api", style: "DB_LINK" });
    expect(records.teams[0].members).toEqual([{ email: "ana@example.com", role: "LEAD" }]);
  });

  it("refuses YAML that is not YAML (usage) and records of the wrong shape (problems), naming the path", async () => {
    await expect(readEstateFile(await tmp("systems: [\n"))).rejects.toMatchObject({ code: EXIT.USAGE });
    const wrong = await readEstateFile(await tmp("systems:\n  - key: Bad Key\n    colour: red\n")).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(CliError);
    expect((wrong as CliError).code).toBe(EXIT.PROBLEMS);
    expect((wrong as CliError).details.join("\n")).toMatch(/systems\.0\.key[\s\S]*systems\.0 .*colour/);
  });

  it("reads an empty file as no records", async () => {
    expect(await readEstateFile(await tmp(""))).toEqual({ teams: [], people: [], systems: [], interfaces: [] });
    expect(await readEstateFile(await tmp("# nothing left\n"))).toEqual({ teams: [], people: [], systems: [], interfaces: [] });
  });
});
