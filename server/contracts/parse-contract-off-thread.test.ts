// The worker's YAML read gives exactly what parseContract gives on the calling thread: the same
// contract, and the same refusals with the same lines.
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/http/app-error";
import { parseContract } from "./parse-contract";
import { OFF_THREAD_ABOVE_BYTES, parseContractOffThread } from "./parse-contract-off-thread";
import { readFixture } from "./shared-fixtures";

const SPOTIFY = readFixture("openapi", "spotify-web-api-sonallux-3.0.3.yaml");
/** YAML comments that push a small document past the threshold without changing its data. */
const padded = (text: string) => `${text}\n${"# padding\n".repeat(Math.ceil(OFF_THREAD_ABOVE_BYTES / 10) + 1)}`;

async function both(text: string) {
  const refusal = (error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, detail: error.detail, errors: error.errors };
  };
  let onThread: unknown;
  try {
    onThread = parseContract({ text });
  } catch (error) {
    onThread = refusal(error);
  }
  const offThread = await parseContractOffThread({ text }).catch(refusal);
  return { onThread, offThread };
}

describe("parseContractOffThread", () => {
  it("reads Spotify (286 KB of YAML) in the worker to the same contract", async () => {
    expect(SPOTIFY.length).toBeGreaterThan(OFF_THREAD_ABOVE_BYTES);
    const { onThread, offThread } = await both(SPOTIFY);
    expect(offThread).toEqual(onThread);
    expect(offThread).toMatchObject({ format: "OPENAPI", specVersion: "3.0.3" });
  }, 60_000);

  it("refuses what parseContract refuses, with the same line and column", async () => {
    const lines = SPOTIFY.split("\n");
    const at = lines.findIndex((l) => /^ {4}get:$/.test(l));
    lines[at] = "    get: x: y";
    const cases = [
      lines.join("\n"), // a syntax error deep in the document
      padded("openapi: 3.0.3\ninfo: &i\n  self: *i\n"), // an alias to an enclosing value
      padded("openapi: 3.0.3\nx-limit: .inf\n"), // a number JSON cannot hold
      padded('openapi: "3.2.0"\ninfo: {title: t, version: "1"}\n'), // an unsupported version, on its line
      padded("- a\n- b\n"), // not a mapping
    ];
    for (const text of cases) {
      const { onThread, offThread } = await both(text);
      expect(onThread).toHaveProperty("code", "VALIDATION");
      expect(offThread).toEqual(onThread);
    }
  }, 60_000);
});
