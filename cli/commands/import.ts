// junction import backstage <files|dirs…> · junction import csv|xlsx <file> --entity <kind>
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Option, type Command } from "commander";
import { hasExtension } from "@/lib/interop/upload-file";
import { CliError, EXIT } from "../exit-codes";
import { IMPORT_ENTITIES } from "@/lib/schemas/interop";
import { readInputs } from "../read-inputs";
import { runImport } from "../run-import";
import type { Context } from "../context";

const writeOptions = (cmd: Command) => cmd
  .option("--dry-run", "plan only: show what would change, write nothing")
  .option("--exit-code", "with --dry-run: exit 5 when something would change");

export function importCommand(program: Command, ctx: Context) {
  const cmd = program.command("import").description("import records into Junction (preview with --dry-run)");

  writeOptions(cmd.command("backstage")
    .description("import Backstage catalog files: .yaml/.yml/.zip files or directories (read recursively)")
    .argument("<paths...>", "files or directories"))
    .action(async (paths: string[], _o, self: Command) => {
      const g = ctx.globals(self);
      const files = await readInputs(paths, [".yaml", ".yml", ".zip"]);
      ctx.done(await runImport({ c: g.connection, io: ctx.io, title: `Backstage import of ${files.length} file(s)`, path: "/import/backstage",
        body: { files, mode: g.mode }, opts: { ...g, ...self.opts() } }));
    });

  writeOptions(cmd.command("csv").alias("xlsx")
    .description("import one CSV or Excel (.xlsx) file of one kind of record")
    .argument("<file>", "a .csv or .xlsx file")
    .addOption(new Option("--entity <kind>", "the kind of record in the file").choices(IMPORT_ENTITIES).makeOptionMandatory()))
    .action(async (file: string, o: { entity: string }, self: Command) => {
      const g = ctx.globals(self);
      if (!hasExtension(file, [".csv", ".xlsx"])) throw new CliError(EXIT.USAGE, `${file}: expected .csv or .xlsx`);
      const bytes = await readFile(file).catch(() => {
        throw new CliError(EXIT.USAGE, `Cannot read ${file}`);
      });
      const format = file.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv";
      const fileName = path.basename(file);
      // Bytes for CSV too: the server recognises its encoding (UTF-8, UTF-16, GBK).
      ctx.done(await runImport({ c: g.connection, io: ctx.io, title: `${format.toUpperCase()} import of ${fileName} (${o.entity})`, path: "/import/table",
        body: { entity: o.entity, format, fileName, base64: bytes.toString("base64"), mode: g.mode }, opts: { ...g, ...self.opts() } }));
    });
}
