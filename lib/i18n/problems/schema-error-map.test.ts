import { describe, expect, it } from "vitest";
import type { z } from "zod";
import zodEn from "zod/v4/locales/en.js";
import zodZhCN from "zod/v4/locales/zh-CN.js";
import { ZAuditListQuery } from "@/lib/schemas/audit";
import { ZSystemBulkAssign } from "@/lib/schemas/bulk";
import { ZName } from "@/lib/schemas/common";
import { textInput } from "@/lib/schemas/text";
import { PROBLEMS } from "./index";
import { schemaErrorMap } from "./schema-error-map";

const MAPS = {
  en: schemaErrorMap("en", PROBLEMS.en.fields, zodEn().localeError),
  "zh-CN": schemaErrorMap("zh-CN", PROBLEMS["zh-CN"].fields, zodZhCN().localeError),
};

/** The issues' paths and messages, parsed with one locale's map. */
function issues(schema: z.ZodType, input: unknown, locale: keyof typeof MAPS) {
  const result = schema.safeParse(input, { error: MAPS[locale] });
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("the per-parse error map", () => {
  it("renders a superRefine's custom issue from the catalogue, at the same path", () => {
    const body = { ids: ["a", "b", "a"], set: { teamId: null } };
    expect(issues(ZSystemBulkAssign, body, "en")).toEqual([{ path: "ids.2", message: "duplicate id" }]);
    expect(issues(ZSystemBulkAssign, body, "zh-CN")).toEqual([{ path: "ids.2", message: "id 重复" }]);
  });

  it("renders a check's and a refine's declared message", () => {
    expect(issues(ZName, "", "zh-CN")).toEqual([{ path: "", message: "必填" }]);
    expect(issues(ZName, "", "en")).toEqual([{ path: "", message: "Required" }]);
    const backwards = { from: "2026-12-02T00:00:00Z", to: "2026-12-01T00:00:00Z" };
    expect(issues(ZAuditListQuery, backwards, "zh-CN")).toEqual([{ path: "to", message: PROBLEMS["zh-CN"].fields.laterThanFrom }]);
    expect(issues(textInput(), "a\u0000b", "zh-CN")).toEqual([{ path: "", message: "不允许包含控制字符或无效的 Unicode" }]);
  });

  it("leaves zod's own messages to zod, in the locale's words", () => {
    const tooLong = "x".repeat(201);
    const [zh] = issues(ZName, tooLong, "zh-CN");
    const [en] = issues(ZName, tooLong, "en");
    expect(zh.message).toBe(zodZhCN().localeError({ code: "too_big", origin: "string", maximum: 200, inclusive: true, input: tooLong } as never));
    expect(zh.message).toMatch(/\p{Script=Han}/u);
    expect(en.message).toMatch(/^Too big/);
  });
});
