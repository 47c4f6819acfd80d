import { describe, expect, it } from "vitest";
import { AppError } from "./app-error";
import { errorToResponse, problemResponse } from "./problem";
import { problemLocale } from "./problem-locale";

const read = async (res: Response) => ({ language: res.headers.get("content-language"), body: await res.json() });

describe("problem responses per locale", () => {
  it("renders an AppError's key in the request's locale and keeps its message English", async () => {
    const error = AppError.staleVersion("team");
    expect(error.message).toBe("This team was changed by someone else since you read it; reload and apply your change again");
    const zh = await read(errorToResponse(error, "zh-CN"));
    expect(zh.language).toBe("zh-CN");
    expect(zh.body).toMatchObject({ status: 409, title: "冲突", detail: expect.stringContaining("此团队"), errors: [{ path: "version", message: "版本已过期" }] });
    const en = await read(errorToResponse(error, "en"));
    expect(en.language).toBe("en");
    expect(en.body).toMatchObject({ title: "Conflict", detail: error.message, errors: [{ path: "version", message: "stale version" }] });
  });

  it("passes text zod already wrote through unchanged", async () => {
    const res = problemResponse({ status: 422, detail: { key: "invalidBody" }, errors: [{ path: "name", message: { text: "必填" } }] }, "zh-CN");
    expect((await read(res)).body).toMatchObject({ detail: "请求体无效", errors: [{ path: "name", message: "必填" }] });
  });

  it("answers a duplicate key or a missing reference raised by pg (SQL on the pool) with a 409", async () => {
    const duplicate = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505", constraint: "Interface_sourceRef_key" });
    expect((await read(errorToResponse(duplicate, "en"))).body).toMatchObject({ status: 409, errors: [{ path: "sourceRef" }] });
    const missing = Object.assign(new Error("violates foreign key constraint"), { code: "23503", constraint: "Team_parentId_fkey" });
    expect((await read(errorToResponse(missing, "en"))).body).toMatchObject({ status: 409 });
  });

  it("answers an unexpected error with the bare 500 in the locale", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      expect((await read(errorToResponse(new Error("secret"), "zh-CN"))).body).toMatchObject({ status: 500, title: "服务器内部错误" });
    } finally {
      console.error = original;
    }
  });
});

describe("problemLocale", () => {
  it("takes a signed-in person's saved locale, and Accept-Language for tokens and strangers", () => {
    expect(problemLocale("en-US", { locale: "zh-CN" })).toBe("zh-CN");
    expect(problemLocale("zh-CN,zh;q=0.9", { locale: "en" })).toBe("en");
    expect(problemLocale("zh-CN", { locale: "en", tokenId: "t1" })).toBe("zh-CN");
    expect(problemLocale(null, { locale: "zh-CN", tokenId: "t1" })).toBe("en");
    expect(problemLocale("zh-TW", null)).toBe("zh-CN");
    expect(problemLocale(undefined)).toBe("en");
  });
});
