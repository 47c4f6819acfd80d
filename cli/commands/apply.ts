// junction apply -f estate.yaml --team <key> [--dry-run] [--prune] [--exit-code]
import type { Command } from "commander";
import { readEstateFile } from "../estate-file";
import { runImport } from "../run-import";
import type { Context } from "../context";

export function applyCommand(program: Command, ctx: Context) {
  program.command("apply")
    .description("make one team's records in Junction what estate.yaml says (declarative; all or nothing)")
    .requiredOption("-f, --file <estate.yaml>", "the team's desired records: teams, people, systems, interfaces")
    .requiredOption("--team <key>", "the team the file describes")
    .option("--dry-run", "show the diff, write nothing")
    .option("--prune", "delete the team's systems and interfaces that the file no longer lists")
    .option("--exit-code", "with --dry-run: exit 5 when something would change")
    .action(async (o: { file: string; team: string; prune?: boolean }, self: Command) => {
      const g = ctx.globals(self);
      const records = await readEstateFile(o.file);
      ctx.done(await runImport({ c: g.connection, io: ctx.io, title: `Apply ${o.file} to team ${o.team}${o.prune ? " (prune)" : ""}`, path: "/apply",
        body: { team: o.team, records, prune: !!o.prune }, opts: { ...g, ...self.opts() } }));
    });
}
