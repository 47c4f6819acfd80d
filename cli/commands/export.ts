// junction export backstage [--team k] [--zip] [-o file] · junction export csv|xlsx --entity <kind> [-o file]
import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { IMPORT_ENTITIES } from "@/lib/schemas/interop";
import { toQuery } from "@/lib/api-client";
import { download } from "../client";
import { CliError, EXIT } from "../exit-codes";
import type { Context } from "../context";

/** Writes to the file, or to standard output for "-" or no file; binary output needs a file (or a pipe). */
async function save(ctx: Context, bytes: Uint8Array, output: string | undefined, binary: boolean) {
  if (output && output !== "-") {
    await writeFile(output, bytes);
    ctx.io.err(`Wrote ${bytes.length} bytes to ${output}\n`);
    return;
  }
  if (binary && ctx.stdoutIsTty) throw new CliError(EXIT.USAGE, "Binary output: name a file with -o, or pipe it.");
  ctx.io.raw(bytes);
}

export function exportCommand(program: Command, ctx: Context) {
  const cmd = program.command("export").description("export the catalog");

  cmd.command("backstage")
    .description("the catalog as Backstage catalog-info.yaml (one multi-document file, or --zip: one file per team)")
    .option("--team <key>", "only this team's records")
    .option("--zip", "a zip with one file per team")
    .option("-o, --output <file>", "write to this file (default: standard output)")
    .action(async (o: { team?: string; zip?: boolean; output?: string }, self: Command) => {
      const g = ctx.globals(self);
      const path = o.zip ? "/export/backstage.zip" : `/export/backstage.yaml${toQuery({ team: o.team })}`;
      await save(ctx, await download(g.connection, path), o.output, !!o.zip);
      ctx.done(EXIT.OK);
    });

  for (const format of ["csv", "xlsx"] as const) {
    cmd.command(format)
      .description(`one kind of record as ${format === "csv" ? "CSV" : "an Excel workbook"} (re-imports unchanged)`)
      .addOption(new Option("--entity <kind>", "the kind of record").choices(IMPORT_ENTITIES).makeOptionMandatory())
      .addOption(new Option("--lang <lang>", "the header row's language").choices(["en", "zh-CN"]).default("en"))
      .option("-o, --output <file>", "write to this file (default: standard output)")
      .action(async (o: { entity: string; lang: string; output?: string }, self: Command) => {
        const g = ctx.globals(self);
        const bytes = await download(g.connection, `/export/table${toQuery({ entity: o.entity, format, lang: o.lang })}`);
        await save(ctx, bytes, o.output, format === "xlsx");
        ctx.done(EXIT.OK);
      });
  }
}
