// The slice of OpenAPI 3.1 we emit. Typed loosely where JSON Schema is open-ended, strictly where
// the docs page and the tests read fields. In lib/ because both sides read it: the builder
// (server/openapi) and the docs page (components/api-docs).
export type JsonSchema = { [key: string]: unknown };

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type Parameter = {
  name: string;
  in: "path" | "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

export type MediaContent = Record<string, { schema: JsonSchema }>;

export type ResponseObject = { description: string; content?: MediaContent };

export type Operation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  /** Not part of OpenAPI: the permission the operation requires ("public" when none). */
  "x-permission": string;
  security?: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: MediaContent };
  responses: Record<string, ResponseObject>;
};

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string; description?: string }>;
  tags: Array<{ name: string }>;
  security: Array<Record<string, string[]>>;
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, JsonSchema>;
  };
};
