// What every command gets: output streams, the global options resolved, and where to put its exit code.
import type { Command } from "commander";
import type { Connection } from "./client";
import type { ExitCode } from "./exit-codes";
import type { Io } from "./run-import";

export type Globals = { connection: Connection; json: boolean; mode: "all-or-nothing" | "accept-valid" };

export type Context = {
  io: Io & { raw: (bytes: Uint8Array) => void };
  stdoutIsTty: boolean;
  globals: (cmd: Command) => Globals;
  done: (code: ExitCode) => void;
};
