import { describe, expect, it } from "vitest";
import { ZStandardCreate } from "@/lib/schemas/standard";
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
});
