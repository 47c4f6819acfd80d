// Findings per rule for each shared fixture, as Spectral 1.24 (rulesets 1.23) and the Junction rules
// give them with every rule on: pinned once, read by the engine's unit test (lint-contract.test.ts)
// and by the integration test that attaches each fixture through the API (tests/integration/contracts.test.ts).
// Severities do not change the counts; the error schema's name does not either, as no fixture
// names a schema "Error" or "Problem" in a 4xx/5xx response.
export const FIXTURE_RULE_COUNTS: Record<string, Record<string, number>> = {
  "alertmanager-api-v2-swagger-2.0.yaml": { "info-contact": 1, "junction-error-schema": 15, "junction-plural-resources": 1, "junction-security-scheme": 1, "oas2-api-host": 1, "oas2-api-schemes": 1, "operation-tag-defined": 1 },
  "petstore-3.0.yaml": { "info-contact": 1, "info-description": 1, "junction-https-servers": 1, "junction-security-scheme": 1, "operation-description": 3, "operation-tag-defined": 3 },
  "petstore-expanded-3.0.yaml": { "junction-security-scheme": 1, "operation-operationId-valid-in-url": 1, "operation-tags": 4 },
  "spotify-web-api-sonallux-3.0.3.yaml": { "junction-error-schema": 296, "junction-plural-resources": 1, "oas3-unused-component": 1 },
  "webhook-example-3.1.yaml": { "info-contact": 1, "info-description": 1, "junction-security-scheme": 1, "oas3-api-servers": 1 },
  "rpc-client-2.6.0.yml": { "asyncapi-info-contact": 1, "asyncapi-info-license": 1, "asyncapi-latest-version": 1, "asyncapi-operation-description": 2, "asyncapi-tags": 1, "junction-https-servers": 1, "junction-security-scheme": 1 },
  "rpc-client-3.0.0.yml": { "asyncapi-3-operation-description": 2, "asyncapi-3-tags": 1, "asyncapi-info-contact": 1, "asyncapi-info-license": 1, "asyncapi-latest-version": 1, "junction-https-servers": 1, "junction-security-scheme": 1 },
  "rpc-server-2.6.0.yml": { "asyncapi-info-contact": 1, "asyncapi-info-license": 1, "asyncapi-latest-version": 1, "asyncapi-operation-description": 2, "asyncapi-tags": 1, "junction-https-servers": 1, "junction-security-scheme": 1 },
  "rpc-server-3.0.0.yml": { "asyncapi-3-operation-description": 2, "asyncapi-3-tags": 1, "asyncapi-info-contact": 1, "asyncapi-info-license": 1, "asyncapi-latest-version": 1, "junction-https-servers": 1, "junction-security-scheme": 1 },
  "streetlights-kafka-2.6.0.yml": { "asyncapi-info-contact": 1, "asyncapi-latest-version": 1, "asyncapi-operation-description": 4, "asyncapi-tags": 1 },
  "streetlights-kafka-3.0.0.yml": { "asyncapi-3-operation-description": 4, "asyncapi-3-tags": 1, "asyncapi-info-contact": 1, "asyncapi-latest-version": 1 },
  "streetlights-mqtt-2.6.0.yml": { "asyncapi-info-contact": 1, "asyncapi-latest-version": 1, "asyncapi-operation-description": 4, "asyncapi-tags": 1, "junction-https-servers": 1 },
  "streetlights-mqtt-3.0.0.yml": { "asyncapi-3-operation-description": 4, "asyncapi-3-tags": 1, "asyncapi-info-contact": 1, "asyncapi-latest-version": 1, "junction-https-servers": 1 },
};
