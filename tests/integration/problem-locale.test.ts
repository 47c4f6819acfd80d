// Problem details speak the caller's language: a signed-in person's saved locale, a token's (or a
// stranger's) Accept-Language, English by default. The same bad requests, asked by four callers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, anonymous, as, uniqueKey, withToken, type ApiResponse } from "./helpers/client";
import { closeDb } from "./helpers/db";

afterAll(closeDb);

const PASSWORD = "correct-horse-battery";

type Caller = { name: string; client: ApiClient; headers: Record<string, string> };
type Language = "zh-CN" | "en";

/** A fresh engineer with the given saved locale, signed in, and an API token of theirs. */
async function engineer(locale: Language) {
  const email = `${uniqueKey("lang")}@example.test`;
  const created = await (await as("ADMIN")).post("/api/v1/users", { email, name: `Lang ${locale}`, role: "ENGINEER", password: PASSWORD, locale });
  expect(created.status).toBe(201);
  const session = new ApiClient();
  expect(await session.signIn(email, PASSWORD)).toBe(true);
  const token = await session.post("/api/v1/tokens", { name: "problems" });
  expect(token.status).toBe(201);
  return { session, token: withToken(token.body.secret as string) };
}

const callers: Record<Language, Caller[]> = { "zh-CN": [], en: [] };
let teamId = "";

beforeAll(async () => {
  const zh = await engineer("zh-CN");
  const en = await engineer("en");
  // The saved locale wins over the header for a session; a token follows the header only.
  callers["zh-CN"].push(
    { name: "a zh-CN user's session (browser asking for English)", client: zh.session, headers: { "accept-language": "en-US,en;q=0.9" } },
    { name: "an en user's token with Accept-Language: zh-CN", client: en.token, headers: { "accept-language": "zh-CN,zh;q=0.9" } },
  );
  callers.en.push(
    { name: "an en user's session (browser asking for Chinese)", client: en.session, headers: { "accept-language": "zh-CN" } },
    { name: "a zh-CN user's token without Accept-Language", client: zh.token, headers: {} },
  );
  const team = await (await as("ADMIN")).post("/api/v1/teams", { key: uniqueKey("lang-team"), name: "Language team" });
  expect(team.status).toBe(201);
  teamId = team.body.id;
});

/** The problem's language, title, detail and field errors (by path). */
function problem(res: ApiResponse, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const errors = Object.fromEntries((res.body.errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
  return { language: res.headers.get("content-language"), title: res.body.title, detail: res.body.detail, errors };
}

const badSystem = { key: "Not A Key", name: "", kind: "NOPE", layer: "BUSINESS", bogus: 1 };
const badBulk = { ids: ["same-id", "same-id"], set: {} };

describe.each(["zh-CN", "en"] as const)("problem details in %s", (language) => {
  const zh = language === "zh-CN";
  const each = () => callers[language];

  it("422: zod's messages, the schemas' own and unknown fields, at unchanged paths", async () => {
    for (const { name, client, headers } of each()) {
      const p = problem(await client.request("POST", "/api/v1/systems", badSystem, headers), 422);
      expect(p.language, name).toBe(language);
      expect(p.title, name).toBe(zh ? "无法处理的内容" : "Unprocessable Content");
      expect(p.detail, name).toBe(zh ? "请求体无效" : "Invalid body");
      expect(Object.keys(p.errors).sort(), name).toEqual(["bogus", "key", "kind", "name"]);
      expect(p.errors.key, name).toBe(zh ? "2–63 位小写字母、数字或连字符，以字母或数字开头" : "2–63 lowercase letters, digits or hyphens, starting with a letter or digit");
      expect(p.errors.name, name).toBe(zh ? "必填" : "Required");
      expect(p.errors.bogus, name).toBe(zh ? "未知字段" : "unknown field");
      expect(p.errors.kind, name).toMatch(zh ? /^无效选项：期望以下之一 "BUSINESS_APP"/ : /^Invalid option: expected one of "BUSINESS_APP"/);

      const bulk = problem(await client.request("POST", "/api/v1/systems/bulk-assign", badBulk, headers), 422);
      expect(bulk.errors, name).toEqual(zh ? { "ids.1": "id 重复", set: "请至少设置一个字段" } : { "ids.1": "duplicate id", set: "Set at least one field" });
    }
  });

  it("404 names the entity in the caller's language", async () => {
    for (const { name, client, headers } of each()) {
      const p = problem(await client.request("GET", "/api/v1/teams/no-such-team", undefined, headers), 404);
      expect([p.language, p.title, p.detail], name).toEqual(zh ? ["zh-CN", "未找到", "团队不存在"] : ["en", "Not Found", "Team was not found"]);
    }
  });

  it("409 for a stale version, with the version's field error", async () => {
    for (const { name, client, headers } of each()) {
      const p = problem(await client.request("PATCH", `/api/v1/teams/${teamId}`, { version: 999, name: "Stale" }, headers), 409);
      expect(p.language, name).toBe(language);
      expect(p.title, name).toBe(zh ? "冲突" : "Conflict");
      expect(p.detail, name).toBe(zh
        ? "在您读取之后，此团队已被他人修改；请刷新后重新提交您的修改"
        : "This team was changed by someone else since you read it; reload and apply your change again");
      expect(p.errors, name).toEqual({ version: zh ? "版本已过期" : "stale version" });
    }
  });

  it("403 when the role does not allow it", async () => {
    for (const { name, client, headers } of each()) {
      const p = problem(await client.request("POST", "/api/v1/users", { email: "x@example.test" }, headers), 403);
      expect([p.language, p.title, p.detail], name).toEqual(zh ? ["zh-CN", "无权访问", "您的角色无权执行此操作"] : ["en", "Forbidden", "Your role does not allow this"]);
    }
  });
});

describe("before anyone is known: Accept-Language", () => {
  const zhHeader = { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" };

  it("401 for no session or an unknown token, in Chinese when asked and English otherwise", async () => {
    for (const client of [anonymous(), withToken("jct_not-a-real-token")]) {
      const zh = problem(await client.request("GET", "/api/v1/systems", undefined, zhHeader), 401);
      expect([zh.language, zh.title, zh.detail]).toEqual(["zh-CN", "未登录", "请先登录，或发送有效的 API 令牌"]);
      const en = problem(await client.request("GET", "/api/v1/systems"), 401);
      expect([en.language, en.title, en.detail]).toEqual(["en", "Unauthorized", "Sign in or send a valid API token"]);
    }
  });

  it("the server's own 400 for a path that is not UTF-8", async () => {
    const zh = problem(await anonymous().request("GET", "/api/v1/teams/%E0%A4%A", undefined, zhHeader), 400);
    expect([zh.language, zh.detail, zh.errors]).toEqual(["zh-CN", "路径不是有效的百分号编码 UTF-8", { path: "百分号编码有误" }]);
    const en = problem(await anonymous().request("GET", "/api/v1/teams/%E0%A4%A"), 400);
    expect([en.language, en.detail, en.errors]).toEqual(["en", "The path is not valid percent-encoded UTF-8", { path: "malformed percent-escape" }]);
  });
});
