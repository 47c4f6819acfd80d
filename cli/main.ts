// `junction`: the map's command line for people and CI pipelines. Global options and the
// commands; each command lives in cli/commands/. Exit codes: cli/exit-codes.ts.
import { Command, CommanderError, Option } from "commander";
import { applyCommand } from "./commands/apply";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import type { Context } from "./context";
import { CliError, EXIT, type ExitCode } from "./exit-codes";

export const HELP_AFTER = `
Environment:
  JUNCTION_URL    the server (instead of --url), e.g. https://junction.example.com
  JUNCTION_TOKEN  an API token (instead of --token): Settings → API tokens

Exit codes:
  0  done, or nothing to change     3  not signed in or not allowed (401/403)
  1  usage: bad arguments or files  4  server unreachable or failed
  2  problems in the input          5  --dry-run --exit-code: something would change`;

/** Runs the CLI on `argv` (process.argv shape) and returns the exit code; never calls process.exit. */
export async function main(argv: string[], streams: { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream } = process): Promise<number> {
  let code: ExitCode = EXIT.OK;
  const ctx: Context = {
    io: {
      out: (text) => streams.stdout.write(`${text}\n`),
      err: (text) => streams.stderr.write(text),
      raw: (bytes) => streams.stdout.write(bytes),
      errIsTty: !!streams.stderr.isTTY,
    },
    stdoutIsTty: !!streams.stdout.isTTY,
    globals: (cmd) => {
      const o = cmd.optsWithGlobals<{ url: string; token?: string; json?: boolean; mode: "all-or-nothing" | "accept-valid" }>();
      return { connection: { url: o.url, token: o.token }, json: !!o.json, mode: o.mode };
    },
    done: (c) => {
      code = c;
    },
  };

  const program = new Command("junction")
    .description("Junction's command line: import and export the catalog, apply a team's desired state")
    .addOption(new Option("--url <url>", "the Junction server").env("JUNCTION_URL").default("http://localhost:3000"))
    .addOption(new Option("--token <token>", "an API token").env("JUNCTION_TOKEN"))
    .option("--json", "print the result as JSON")
    .addOption(new Option("--mode <mode>", "when some records have problems").choices(["all-or-nothing", "accept-valid"]).default("all-or-nothing"))
    .addHelpText("after", HELP_AFTER)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => streams.stdout.write(s), writeErr: (s) => streams.stderr.write(s) });
  importCommand(program, ctx);
  exportCommand(program, ctx);
  applyCommand(program, ctx);
  // Every subcommand reports usage errors through the same override instead of exiting.
  for (const cmd of program.commands) for (const sub of [cmd, ...cmd.commands]) sub.exitOverride().showHelpAfterError();

  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.USAGE;
    }
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    if (error instanceof CliError) {
      streams.stderr.write(`junction: ${error.message}\n${error.details.map((d) => `  ${d}\n`).join("")}`);
      return error.code;
    }
    streams.stderr.write(`junction: ${(error as Error).message}\n`);
    return EXIT.SERVER;
  }
}
