// Each test derives a new version from a shared fixture by editing its text, and expects exactly
// the breaking changes that edit makes: no more, no fewer.
import { describe, expect, it } from "vitest";
import { diffContracts } from "./diff-contracts";
import { parseContract } from "./parse-contract";
import { fixtureNames, readFixture } from "./shared-fixtures";

const PETSTORE = readFixture("openapi", "petstore-3.0.yaml");

/** Replaces the one occurrence of `from` (it must occur exactly once, or the test is wrong). */
function edit(text: string, ...pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    expect(text.split(from), `"${from}" occurs once`).toHaveLength(2);
    text = text.replace(from, to);
  }
  return text;
}

const diff = (before: string, after: string) =>
  diffContracts({ before: parseContract({ text: before }).document, after: parseContract({ text: after }).document });

const PET_TAG = "        tag:\n          type: string\n";
const PET_ID = "        id:\n          type: integer\n          format: int64\n";

describe("diffContracts on petstore-3.0.yaml", () => {
  it("finds nothing between a document and itself, for every fixture", () => {
    for (const kind of ["openapi", "asyncapi"] as const) {
      for (const name of fixtureNames(kind)) expect(diff(readFixture(kind, name), readFixture(kind, name)), name).toEqual([]);
    }
  });

  it("reports a removed path and a removed operation", () => {
    // POST becomes an extension key; /pets/{petId} moves under a new path.
    const after = edit(PETSTORE, ["    post:\n      summary: Create a pet", "    x-post:\n      summary: Create a pet"], ["  /pets/{petId}:\n", "  /pets/{petId}/details:\n"]);
    expect(diff(PETSTORE, after)).toEqual([
      { kind: "operation-removed", location: "POST /pets" },
      { kind: "path-removed", location: "/pets/{petId}" },
    ]);
  });

  it("reports a removed response code and a response property removed from a shared schema, wherever it is returned", () => {
    const after = edit(PETSTORE, [PET_TAG, ""], ["        default:\n          description: unexpected error\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/Error\"\n    post:", "    post:"]);
    expect(diff(PETSTORE, after)).toEqual([
      { kind: "response-property-removed", location: "GET /pets → 200 → [].tag" },
      { kind: "response-removed", location: "GET /pets → default" },
      { kind: "response-property-removed", location: "GET /pets/{petId} → 200 → tag" },
    ]);
  });

  it("reports parameters and request properties made required, and new required ones", () => {
    const after = edit(
      PETSTORE,
      ["          required: false\n", "          required: true\n"],
      ["      parameters:\n        - name: limit", "      parameters:\n        - name: owner\n          in: query\n          required: true\n          schema:\n            type: string\n        - name: limit"],
      ["      required:\n        - id\n        - name\n      properties:\n        id:", "      required:\n        - id\n        - name\n        - tag\n        - species\n      properties:\n        species:\n          type: string\n        id:"],
    );
    expect(diff(PETSTORE, after)).toEqual([
      { kind: "parameter-required", location: "GET /pets → query owner", before: "absent", after: "required" },
      { kind: "parameter-required", location: "GET /pets → query limit", before: "optional", after: "required" },
      { kind: "property-required", location: "POST /pets → request body → tag", before: "optional", after: "required" },
      { kind: "property-required", location: "POST /pets → request body → species", before: "absent", after: "required" },
    ]);
  });

  it("reports changed types of parameters, request and response properties", () => {
    const after = edit(
      PETSTORE,
      [PET_ID, "        id:\n          type: string\n"],
      ["          description: The id of the pet to retrieve\n          schema:\n            type: string", "          description: The id of the pet to retrieve\n          schema:\n            type: integer"],
    );
    expect(diff(PETSTORE, after)).toEqual([
      { kind: "type-changed", location: "GET /pets → 200 → [].id", before: "integer", after: "string" },
      { kind: "type-changed", location: "POST /pets → request body → id", before: "integer", after: "string" },
      { kind: "type-changed", location: "GET /pets/{petId} → path petId", before: "string", after: "integer" },
      { kind: "type-changed", location: "GET /pets/{petId} → 200 → id", before: "integer", after: "string" },
    ]);
  });

  it("reports nothing for changes that break no client", () => {
    const after = edit(
      PETSTORE,
      // a new optional property, a property no longer required, a new optional parameter
      [PET_TAG, `${PET_TAG}        nickname:\n          type: string\n`],
      ["      required:\n        - id\n        - name\n      properties:\n        id:", "      required:\n        - id\n      properties:\n        id:"],
      ["      parameters:\n        - name: limit", "      parameters:\n        - name: sort\n          in: query\n          schema:\n            type: string\n        - name: limit"],
      // a new response code, a new path, and {petId} renamed {id}
      ["        '201':\n          description: Null response\n", "        '201':\n          description: Null response\n        '202':\n          description: Accepted\n"],
      ["  /pets/{petId}:\n    get:", "  /owners:\n    get:\n      responses:\n        '200':\n          description: ok\n  /pets/{id}:\n    get:"],
      ["        - name: petId\n", "        - name: id\n"],
    );
    expect(diff(PETSTORE, after)).toEqual([]);
  });

  it("follows self-referencing schemas without looping, and sees a change inside one", () => {
    const cyclic = edit(PETSTORE, [PET_TAG, `${PET_TAG}        parent:\n          $ref: "#/components/schemas/Pet"\n        children:\n          $ref: "#/components/schemas/Pets"\n`]);
    expect(diff(cyclic, cyclic)).toEqual([]);
    expect(diff(cyclic, edit(cyclic, [PET_TAG, ""]))).toEqual([
      { kind: "response-property-removed", location: "GET /pets → 200 → [].tag" },
      { kind: "response-property-removed", location: "GET /pets/{petId} → 200 → tag" },
    ]);
  });
});

describe("diffContracts on Swagger 2.0 and AsyncAPI", () => {
  it("Swagger 2.0 (alertmanager): definitions, inline schemas, body and path-level parameters, responses", () => {
    const before = readFixture("openapi", "alertmanager-api-v2-swagger-2.0.yaml");
    const after = edit(
      before,
      // a property of a definition returned in a list; an inline response property's type
      ["      labels:\n        $ref: '#/definitions/labelSet'\n    required:\n      - name\n", "    required:\n      - name\n"],
      ["              silenceID:\n                type: string", "              silenceID:\n                type: integer"],
      // a query parameter made required; the path-level silenceID retyped (DELETE overrides it with its own)
      ["to filter silences. For example `alertname=\"MyAlert\"`. It can be repeated to apply multiple matchers.\n          required: false", "to filter silences. For example `alertname=\"MyAlert\"`. It can be repeated to apply multiple matchers.\n          required: true"],
      ["      - in: path\n        name: silenceID\n        type: string", "      - in: path\n        name: silenceID\n        type: integer"],
      // an error response removed
      ["        '404':\n          description: A silence with the specified ID was not found\n        '500':\n          $ref: '#/responses/InternalServerError'\n  /alerts:", "        '500':\n          $ref: '#/responses/InternalServerError'\n  /alerts:"],
    );
    expect(diff(before, after)).toEqual([
      { kind: "response-property-removed", location: "GET /receivers → 200 → [].labels" },
      { kind: "parameter-required", location: "GET /silences → query filter", before: "optional", after: "required" },
      { kind: "type-changed", location: "POST /silences → 200 → silenceID", before: "string", after: "integer" },
      { kind: "type-changed", location: "GET /silence/{silenceID} → path silenceID", before: "string", after: "integer" },
      { kind: "response-removed", location: "DELETE /silence/{silenceID} → 404" },
    ]);
    // The other way round, a body parameter that becomes required is a break as well.
    const optionalBody = edit(before, ["          name: silence\n          description: The silence to create\n          required: true", "          name: silence\n          description: The silence to create\n          required: false"]);
    expect(diff(optionalBody, before)).toEqual([{ kind: "parameter-required", location: "POST /silences → request body", before: "optional", after: "required" }]);
  });

  it("AsyncAPI 2.6 (streetlights MQTT): a removed channel, a property the app receives made required, one it sends removed", () => {
    const before = readFixture("asyncapi", "streetlights-mqtt-2.6.0.yml");
    const after = edit(
      before,
      ["  smartylighting/streetlights/1/0/action/{streetlightId}/dim:", "  smartylighting/streetlights/1/0/action/{streetlightId}/dimmer:"],
      ["    lightMeasuredPayload:\n      type: object\n", "    lightMeasuredPayload:\n      type: object\n      required:\n        - lumens\n"],
      ["    turnOnOffPayload:\n      type: object\n      properties:\n        command:", "    turnOnOffPayload:\n      type: object\n      properties:\n        x-command:"],
    );
    expect(diff(before, after)).toEqual([
      { kind: "property-required", location: "smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured → publish → lumens", before: "optional", after: "required" },
      { kind: "response-property-removed", location: "smartylighting/streetlights/1/0/action/{streetlightId}/turn/on → subscribe → command" },
      { kind: "response-property-removed", location: "smartylighting/streetlights/1/0/action/{streetlightId}/turn/off → subscribe → command" },
      { kind: "channel-removed", location: "smartylighting/streetlights/1/0/action/{streetlightId}/dim" },
    ]);
  });

  it("AsyncAPI 3.0 (streetlights MQTT): a removed operation, a moved channel, a changed payload type", () => {
    const before = readFixture("asyncapi", "streetlights-mqtt-3.0.0.yml");
    const after = edit(
      before,
      ["  dimLight:\n    action: send", "  x-dimLight:\n    action: send"],
      ["    address: 'smartylighting/streetlights/1/0/action/{streetlightId}/turn/off'", "    address: 'smartylighting/streetlights/2/0/action/{streetlightId}/turn/off'"],
      ["    sentAt:\n      type: string\n      format: date-time", "    sentAt:\n      type: integer"],
    );
    expect(diff(before, after)).toEqual([
      { kind: "channel-removed", location: "smartylighting/streetlights/1/0/action/{streetlightId}/turn/off", after: "smartylighting/streetlights/2/0/action/{streetlightId}/turn/off" },
      { kind: "type-changed", location: "receive receiveLightMeasurement → sentAt", before: "string", after: "integer" },
      { kind: "type-changed", location: "send turnOn → sentAt", before: "string", after: "integer" },
      { kind: "type-changed", location: "send turnOff → sentAt", before: "string", after: "integer" },
      { kind: "operation-removed", location: "send dimLight" },
    ]);
  });
});
