// The memoized example rules must say exactly what Spectral's own say, on a shared schema reached
// from many places (where the memo does its work) and on the 286 KB Spotify document.
import spectralCore, { type RulesetDefinition } from "@stoplight/spectral-core";
import parsers from "@stoplight/spectral-parsers";
import rulesets from "@stoplight/spectral-rulesets";
import { describe, expect, it } from "vitest";
import { readFixture } from "../shared-fixtures";
import { memoizeExampleRule } from "./memoize-example-rule.mjs";

const { Spectral, Document } = spectralCore;
const EXAMPLE_RULES = { "oas3-valid-schema-example": "error", "oas2-valid-schema-example": "error" } as const;

async function lint(ruleset: typeof rulesets.oas, text: string) {
  const spectral = new Spectral();
  spectral.setRuleset({ extends: [[ruleset as RulesetDefinition, "off"]], rules: EXAMPLE_RULES });
  const results = await spectral.run(new Document(text, parsers.Yaml, "/contract.yaml"));
  return results.map((r) => ({ code: r.code, message: r.message, path: r.path.join("/"), line: r.range.start.line + 1 }));
}

const SHARED = `openapi: 3.0.3
info: {title: M, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
  /b:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        size:
          type: integer
          example: big
        name:
          type: string
          default: 12
      example:
        size: "x"
`;

describe("memoizeExampleRule", () => {
  it("reports what the original rule reports for a shared schema used in several places", async () => {
    const original = await lint(rulesets.oas, SHARED);
    expect(original.map((r) => r.line).sort()).toEqual([29, 32, 34]);
    expect(await lint(memoizeExampleRule(rulesets.oas), SHARED)).toEqual(original);
  });

  it("reports what the original rule reports on Spotify with a wrong example in a shared album schema", async () => {
    const text = readFixture("openapi", "spotify-web-api-sonallux-3.0.3.yaml").replace("          example: compilation\n        total_tracks:", "          example: ep\n        total_tracks:");
    const original = await lint(rulesets.oas, text);
    expect(original.length).toBeGreaterThan(0);
    expect(original.every((r) => r.code === "oas3-valid-schema-example" && r.message.includes("allowed values"))).toBe(true);
    expect(await lint(memoizeExampleRule(rulesets.oas), text)).toEqual(original);
  }, 60_000);
});
