// Lints through the real worker process (worker/lint-worker.mjs) with Spectral's recommended rules
// plus every Junction rule, on each shared fixture and on documents built to break each rule.
import { describe, expect, it } from "vitest";
import type { ContractFinding } from "@/lib/contracts/types";
import { JUNCTION_RULE_NAMES, type TContractLintOptions } from "@/lib/schemas/contract-lint";
import { AppError } from "@/server/http/app-error";
import { lintContract } from "./lint-contract";
import { FIXTURE_RULE_COUNTS as EXPECTED } from "./fixture-rule-counts";
import { fixtureNames, readFixture } from "./shared-fixtures";

const STANDARD: TContractLintOptions = {
  kebabCasePaths: { severity: "warn" },
  pluralResources: { severity: "warn" },
  errorSchema: { severity: "error", ref: "Error" },
  securityScheme: { severity: "error" },
  httpsServers: { severity: "error" },
  operationIds: { severity: "warn" },
};

const countByRule = (findings: ContractFinding[]) => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
};


const FIXTURES = [...fixtureNames("openapi").map((n) => ["openapi", n] as const), ...fixtureNames("asyncapi").map((n) => ["asyncapi", n] as const)];

describe("lintContract on the shared fixtures", () => {
  it("knows every fixture", () => {
    expect(FIXTURES.map(([, name]) => name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  // One lint per fixture, shared by the checks below (Spotify alone is ~0.5 s).
  const lints = new Map<string, Promise<ContractFinding[]>>();
  const lint = (kind: "openapi" | "asyncapi", name: string) => {
    if (!lints.has(name)) lints.set(name, lintContract({ text: readFixture(kind, name), options: STANDARD }));
    return lints.get(name)!;
  };

  it.each(FIXTURES)("%s/%s: the pinned findings per rule, sorted by line and column", async (kind, name) => {
    const findings = await lint(kind, name);
    expect(countByRule(findings)).toEqual(EXPECTED[name]);
    const order = findings.map((f) => f.line * 10_000 + f.column);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const f of findings) expect(f.line >= 1 && f.column >= 1 && ["error", "warn", "info", "hint"].includes(f.severity)).toBe(true);
  }, 60_000);

  it("reports exact places: petstore's plain-HTTP server and missing security scheme", async () => {
    const findings = await lint("openapi", "petstore-3.0.yaml");
    expect(findings.filter((f) => f.rule.startsWith("junction-"))).toEqual([
      { rule: "junction-https-servers", severity: "error", message: "Server http://petstore.swagger.io/v1 is not served over HTTPS", path: ["servers", 0, "url"], line: 8, column: 10 },
      { rule: "junction-security-scheme", severity: "error", message: "The document declares no security scheme", path: ["components"], line: 89, column: 12 },
    ]);
    expect(findings.find((f) => f.rule === "operation-tag-defined")).toMatchObject({ path: ["paths", "/pets", "get", "tags", 0], line: 15, column: 11 });
  }, 60_000);

  it("reports exact places: a singular collection and an error response without the shared schema (Swagger 2.0)", async () => {
    const findings = await lint("openapi", "alertmanager-api-v2-swagger-2.0.yaml");
    expect(findings.find((f) => f.rule === "junction-plural-resources")).toEqual({
      rule: "junction-plural-resources",
      severity: "warn",
      message: 'Path "/silence/{silenceID}" names the collection "silence" in the singular: use a plural noun',
      path: ["paths", "/silence/{silenceID}"],
      line: 114,
      column: 24,
    });
    expect(findings.find((f) => f.rule === "junction-error-schema")).toMatchObject({
      message: "GET /receivers → 400 does not use the shared error schema Error",
      path: ["paths", "/receivers", "get", "responses", "400"],
      line: 47,
    });
  }, 60_000);

  it("reports exact places: Spotify's one singular collection and its unused component", async () => {
    const findings = await lint("openapi", "spotify-web-api-sonallux-3.0.3.yaml");
    expect(findings.find((f) => f.rule === "junction-plural-resources")).toMatchObject({ path: ["paths", "/audio-analysis/{id}"], line: 2893 });
    expect(findings.find((f) => f.rule === "oas3-unused-component")).toMatchObject({ path: ["components", "responses", "PagingSimplifiedAudiobookObject"], line: 4487, column: 37 });
  }, 60_000);

  it("reports exact places: an AsyncAPI broker over plain MQTT, and an AsyncAPI 3 operation", async () => {
    expect((await lint("asyncapi", "streetlights-mqtt-2.6.0.yml")).find((f) => f.rule === "junction-https-servers")).toEqual({
      rule: "junction-https-servers",
      severity: "error",
      message: 'Server "production" uses mqtt, not a protocol over TLS',
      path: ["servers", "production", "protocol"],
      line: 20,
      column: 15,
    });
    expect((await lint("asyncapi", "streetlights-kafka-3.0.0.yml")).find((f) => f.rule === "asyncapi-3-operation-description")).toMatchObject({
      path: ["operations", "receiveLightMeasurement"],
      line: 74,
      severity: "warn",
    });
  }, 60_000);
});

const CRAFTED = `openapi: 3.0.3
info:
  title: Crafted
  version: "1"
servers:
  - url: "{scheme}://api.example.com"
    variables:
      scheme:
        default: http
  - url: /relative
paths:
  /Order_Items/{id}:
    get:
      operationId: getItem
      responses:
        "200":
          description: ok
        "404":
          $ref: "#/components/responses/NotFound"
        "500":
          description: broken
          content:
            application/problem+json:
              schema:
                type: object
  /person/{id}/addresses:
    delete:
      responses:
        "4XX":
          description: extends the problem
          content:
            application/problem+json:
              schema:
                allOf:
                  - $ref: "#/components/schemas/Problem"
                  - type: object
components:
  responses:
    NotFound:
      description: missing
      content:
        application/problem+json:
          schema:
            $ref: "#/components/schemas/Problem"
  schemas:
    Problem:
      type: object
`;

describe("the Junction rules", () => {
  const junctionOnly = (options: TContractLintOptions) => lintContract({ text: CRAFTED, options: { ...options, spectral: false } });

  it("each reports what its standard forbids, at its line", async () => {
    const findings = await junctionOnly({ ...STANDARD, errorSchema: { severity: "error", ref: "#/components/schemas/Problem" } });
    expect(findings.map(({ rule, message, line }) => ({ rule, message, line }))).toEqual([
      { rule: "junction-https-servers", message: "Server {scheme}://api.example.com is not served over HTTPS", line: 6 },
      { rule: "junction-kebab-case-paths", message: 'Path "/Order_Items/{id}" is not kebab-case: "Order_Items"', line: 12 },
      { rule: "junction-error-schema", message: "GET /Order_Items/{id} → 500 (application/problem+json) does not use the shared error schema #/components/schemas/Problem", line: 24 },
      { rule: "junction-plural-resources", message: 'Path "/person/{id}/addresses" names the collection "person" in the singular: use a plural noun', line: 26 },
      { rule: "junction-operation-id", message: "DELETE /person/{id}/addresses has no operationId", line: 27 },
      { rule: "junction-security-scheme", message: "The document declares no security scheme", line: 37 },
    ]);
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(Object.values(JUNCTION_RULE_NAMES)));
  }, 60_000);

  it("takes a bare schema name for the error schema, and a rule left out is off", async () => {
    const findings = await junctionOnly({ errorSchema: { severity: "hint", ref: "Problem" } });
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([["junction-error-schema", "hint", 24]]);
    expect(await junctionOnly({ errorSchema: { severity: "warn", ref: "Missing" } })).toHaveLength(3);
    expect(await junctionOnly({})).toEqual([]);
  }, 60_000);

  it("follows no external $ref: no URL is fetched and no file read for a client", async () => {
    const text = CRAFTED.replace('$ref: "#/components/responses/NotFound"', '$ref: "/etc/hostname"').replace(
      "type: object\n  /person",
      '$ref: "http://127.0.0.1:9/problem.yaml"\n  /person',
    );
    const refs = (await lintContract({ text, options: { spectral: false } })).filter((f) => f.rule === "invalid-ref");
    expect(refs.map((f) => [f.message, f.line])).toEqual([
      ["External reference /etc/hostname is not followed: a contract is linted on its own", 19],
      ["External reference http://127.0.0.1:9/problem.yaml is not followed: a contract is linted on its own", 25],
    ]);
  }, 60_000);

  it("lints JSON as well as YAML, and several documents at once", async () => {
    const json = JSON.stringify({ openapi: "3.1.0", info: { title: "J", version: "1" }, servers: [{ url: "http://j.example.com" }], paths: {} }, null, 2);
    const [a, b] = await Promise.all([lintContract({ text: json, options: { httpsServers: { severity: "warn" }, spectral: false } }), junctionOnly({ operationIds: { severity: "info" } })]);
    expect(a).toEqual([{ rule: "junction-https-servers", severity: "warn", message: "Server http://j.example.com is not served over HTTPS", path: ["servers", 0, "url"], line: 9, column: 14 }]);
    expect(b.map((f) => f.rule)).toEqual(["junction-operation-id"]);
  }, 60_000);

  it("refuses a document over 5 MB before it reaches the worker", async () => {
    const huge = `openapi: 3.0.3\ninfo: {title: x, version: "1"}\npaths: {}\nx-padding: "${"a".repeat(5 * 1024 * 1024)}"\n`;
    const error = await lintContract({ text: huge, options: STANDARD }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
  });
});
