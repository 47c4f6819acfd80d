import { describe, expect, it } from "vitest";
import { ZStandardCreate } from "@/lib/schemas/standard";
import { lintContract } from "@/server/contracts/lint-contract";
import { buildLintOptions } from "@/server/contracts/build-lint-options";
import { DEFAULT_STANDARDS } from "./default-standards";

describe("the default standards catalogue", () => {
  it("passes the API's own schema, standard by standard", () => {
    for (const s of DEFAULT_STANDARDS) {
      const parsed = ZStandardCreate.safeParse(s);
      expect({ key: s.key, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ key: s.key, issues: [] });
    }
  });
  it("has about fifteen standards with unique keys, every kind of check, and text in both languages", () => {
    expect(DEFAULT_STANDARDS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DEFAULT_STANDARDS.map((s) => s.key)).size).toBe(DEFAULT_STANDARDS.length);
    expect(new Set(DEFAULT_STANDARDS.map((s) => s.check.kind))).toEqual(new Set(["FIELD", "GRAPH", "CONTRACT", "ATTESTATION"]));
    for (const s of DEFAULT_STANDARDS) {
      expect(s.text.en.rationale, s.key).not.toBe("");
      expect(s.text["zh-CN"].name, s.key).toMatch(/[\u4e00-\u9fff]/);
      expect(s.text["zh-CN"].rationale, s.key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("names only rules the contract engine reports: each one fires on a document built to break it", async () => {
    const named = DEFAULT_STANDARDS.flatMap((s) => (s.check.kind === "CONTRACT" ? s.check.rules : []));
    expect(named.length).toBeGreaterThan(0);
    // A document that breaks every Junction rule, linted with the options every attached version gets.
    const text = [
      "openapi: 3.0.3", "info: {title: Broken, version: '1'}", "servers: [{url: 'http://broken.example.com'}]", "paths:",
      "  /Order_Items/{id}:", "    get:", "      responses:", "        '404': {description: gone}", "        '200': {description: ok}",
    ].join("\n");
    const fired = new Set((await lintContract({ text, options: buildLintOptions({ errorSchemaRef: "Problem" }) })).map((f) => f.rule));
    for (const rule of named) expect(fired, rule).toContain(rule);
  }, 60_000);
});
