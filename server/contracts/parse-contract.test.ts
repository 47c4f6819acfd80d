import { describe, expect, it } from "vitest";
import { AppError } from "@/server/http/app-error";
import { en } from "@/lib/i18n/problems/en";
import { renderFieldMessage } from "@/lib/i18n/problems/render";
import { errorToResponse } from "@/server/http/problem";
import { parseContract } from "./parse-contract";
import { fixtureNames, readFixture } from "./shared-fixtures";

/** The AppError parseContract throws for `text`. */
function refusalError(text: string): AppError {
  try {
    parseContract({ text });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the document was accepted");
}

/** The refusal as an English client reads it: field messages rendered from the catalogue. */
function refusal(text: string) {
  const error = refusalError(text);
  const errors = error.errors.map(({ message, ...e }) => ({ ...e, message: "key" in message ? renderFieldMessage(en.fields, "en", message) : message.text }));
  return { code: error.code, status: error.status, errors, error };
}

const PETSTORE = readFixture("openapi", "petstore-3.0.yaml");

describe("parseContract on the shared fixtures", () => {
  // format, version, title, and the number of operations or channels with their operations.
  const EXPECTED: Record<string, [string, string, string, number]> = {
    "alertmanager-api-v2-swagger-2.0.yaml": ["OPENAPI", "2.0", "Alertmanager API", 9],
    "petstore-3.0.yaml": ["OPENAPI", "3.0.0", "Swagger Petstore", 3],
    "petstore-expanded-3.0.yaml": ["OPENAPI", "3.0.0", "Swagger Petstore", 4],
    "spotify-web-api-sonallux-3.0.3.yaml": ["OPENAPI", "3.0.3", "Spotify Web API with fixes and improvements from sonallux", 97],
    "webhook-example-3.1.yaml": ["OPENAPI", "3.1.0", "Webhook Example", 0],
    "rpc-client-2.6.0.yml": ["ASYNCAPI", "2.6.0", "RPC Client Example", 2],
    "rpc-client-3.0.0.yml": ["ASYNCAPI", "3.0.0", "RPC Client Example", 2],
    "rpc-server-2.6.0.yml": ["ASYNCAPI", "2.6.0", "RPC Server Example", 2],
    "rpc-server-3.0.0.yml": ["ASYNCAPI", "3.0.0", "RPC Server Example", 2],
    "streetlights-kafka-2.6.0.yml": ["ASYNCAPI", "2.6.0", "Streetlights Kafka API", 4],
    "streetlights-kafka-3.0.0.yml": ["ASYNCAPI", "3.0.0", "Streetlights Kafka API", 4],
    "streetlights-mqtt-2.6.0.yml": ["ASYNCAPI", "2.6.0", "Streetlights MQTT API", 4],
    "streetlights-mqtt-3.0.0.yml": ["ASYNCAPI", "3.0.0", "Streetlights MQTT API", 4],
  };
  const fixtures = [...fixtureNames("openapi").map((n) => ["openapi", n] as const), ...fixtureNames("asyncapi").map((n) => ["asyncapi", n] as const)];

  it("covers every fixture", () => expect(fixtures.map(([, n]) => n).sort()).toEqual(Object.keys(EXPECTED).sort()));

  it.each(fixtures)("%s/%s parses", (kind, name) => {
    const parsed = parseContract({ text: readFixture(kind, name) });
    const [format, specVersion, title, count] = EXPECTED[name];
    expect([parsed.format, parsed.specVersion, parsed.title]).toEqual([format, specVersion, title]);
    const items = "operations" in parsed.summary ? parsed.summary.operations : parsed.summary.channels.flatMap((c) => c.operations);
    expect(items).toHaveLength(count);
    expect(JSON.parse(JSON.stringify(parsed.document))).toEqual(parsed.document); // plain JSON data
  });

  it("summarizes operations with their ids and summaries, and channels with theirs (AsyncAPI 2 and 3)", () => {
    expect(parseContract({ text: PETSTORE }).summary).toEqual({
      operations: [
        { method: "GET", path: "/pets", operationId: "listPets", summary: "List all pets" },
        { method: "POST", path: "/pets", operationId: "createPets", summary: "Create a pet" },
        { method: "GET", path: "/pets/{petId}", operationId: "showPetById", summary: "Info for a specific pet" },
      ],
    });
    expect(parseContract({ text: readFixture("asyncapi", "rpc-server-2.6.0.yml") }).summary).toEqual({
      channels: [
        { name: "{queue}", operations: ["subscribe sendSumResult"] },
        { name: "rpc_queue", operations: ["publish sum"] },
      ],
    });
    expect(parseContract({ text: readFixture("asyncapi", "rpc-server-3.0.0.yml") }).summary).toEqual({
      channels: [
        { name: "queue", operations: ["send sendSumResult"] },
        { name: "rpc_queue", operations: ["receive sum"] },
      ],
    });
  });

  it("reads the same contract from JSON", () => {
    const fromYaml = parseContract({ text: PETSTORE });
    const fromJson = parseContract({ text: JSON.stringify(fromYaml.document, null, 2) });
    expect(fromJson).toEqual(fromYaml);
  });
});

describe("parseContract refuses with a 422 that names the line", () => {
  it("a YAML copy of petstore with a second colon on one line", () => {
    // Line 17 of petstore-3.0.yaml is "        - name: limit".
    const lines = PETSTORE.split("\n");
    expect(lines[16]).toBe("        - name: limit");
    lines[16] = "        - name: limit: 10";
    const error = refusal(lines.join("\n"));
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([{ path: "document", message: "bad indentation of a mapping entry", line: 17, column: 22 }]);
  });

  it("a YAML copy with a key given twice", () => {
    const error = refusal(PETSTORE.replace("  version: 1.0.0\n", "  version: 1.0.0\n  version: 2.0.0\n"));
    expect(error.errors).toEqual([{ path: "document", message: "duplicated mapping key", line: 4, column: 3 }]);
  });

  it("a JSON copy with a missing comma, through the problem+json answer", async () => {
    const json = JSON.stringify(parseContract({ text: PETSTORE }).document, null, 2).split("\n");
    expect(json[3]).toBe('    "version": "1.0.0",');
    json[3] = '    "version": "1.0.0"';
    const response = errorToResponse(refusalError(json.join("\n")), "en");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ status: 422, errors: [{ path: "document", message: "a comma is expected", line: 5, column: 5 }] });
  });

  it("an unsupported version on its own line, and what is no contract at all", () => {
    expect(refusal(PETSTORE.replace('openapi: "3.0.0"', 'openapi: "3.2.0"')).errors).toEqual([
      { path: "document", message: "openapi 3.2.0 is not supported: use OpenAPI 3.0 or 3.1", line: 1, column: 1 },
    ]);
    expect(refusal(`# RAML?\nasyncapi: 1.2.0\ninfo: {}\n`).errors[0]).toMatchObject({ message: expect.stringContaining("asyncapi 1.2.0"), line: 2 });
    expect(refusal("name: not a contract\n").errors[0].message).toMatch(/^neither an OpenAPI document/);
    expect(refusal("- a\n- b\n").errors[0]).toMatchObject({ message: "the document is not a mapping of keys to values", line: 1 });
    expect(refusal("   \n").errors[0]).toMatchObject({ message: "the document is empty", line: 1 });
    expect(refusal("openapi: 3.0.0\n---\nopenapi: 3.0.0\n").status).toBe(422); // two YAML documents
  });

  it("YAML aliases that loop or explode, and numbers JSON cannot hold", () => {
    expect(refusal("openapi: 3.0.3\ninfo: &i\n  self: *i\n").errors[0].message).toBe("info.self contains itself (a YAML alias to an enclosing value)");
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) laughs.push(`${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10).fill(`*${"abcdefghij"[i - 1]}`).join(", ")}]`);
    expect(refusal(`openapi: 3.0.3\n${laughs.join("\n")}\n`).errors[0].message).toMatch(/expands to more than 3,000,000 values/);
    expect(refusal("openapi: 3.0.3\nx-limit: .inf\n").errors[0].message).toBe("x-limit is Infinity, which JSON cannot hold");
    expect(refusal(`openapi: 3.0.3\nx: ${"[".repeat(300)}${"]".repeat(300)}\n`).status).toBe(422);
    // JSON.parse reads any depth, but the document could not be stored (JSON.stringify overflows).
    expect(refusal(`{"openapi": "3.0.3", "x": ${"[".repeat(20_000)}${"]".repeat(20_000)}}`).errors[0].message).toMatch(/^x(\.0){199} is nested more than 200 levels deep$/);
  });

  it("a document over 5 MB with a 413", () => {
    const error = refusal(`${PETSTORE}\nx-padding: "${"é".repeat(2_700_000)}"\n`);
    expect([error.code, error.status]).toEqual(["PAYLOAD_TOO_LARGE", 413]);
  });
});
