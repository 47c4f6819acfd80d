// Every UI string of the API reference in one object, in English, so the i18n layer can take it
// over in one move. Endpoint summaries and field descriptions come from the schemas themselves.
export const API_DOCS_TEXT = {
  title: "Junction API reference",
  intro: "Every endpoint under /api/v1, generated from the same zod schemas the server validates requests with.",
  openapiLink: "OpenAPI 3.1 document (JSON)",
  contents: "Endpoints",
  authTitle: "Authentication",
  authTokenLead: "Scripts and integrations use a personal API token. Create one while signed in (POST /api/v1/tokens); its secret is shown once. Send it with every request:",
  authTokenNote: "A token acts with its owner's role, and revoking it (DELETE /api/v1/tokens/{id}) takes effect at once.",
  authCookie: "In the browser, the session cookie set when you sign in authenticates API calls too; a request that carries an Authorization header is judged by that header alone.",
  authPermissions: "Each endpoint states the permission it needs and the roles that have it. Without valid credentials you get 401; with a role that lacks the permission, 403.",
  errorsTitle: "Errors",
  errorsIntro: "Errors are RFC 9457 problem details, sent as application/problem+json:",
  parameters: "Parameters",
  requestBody: "Request body (application/json)",
  responses: "Responses",
  errorResponses: "Errors (application/problem+json, see Errors above)",
  noContent: "No body",
  name: "Name",
  location: "In",
  type: "Type",
  description: "Description",
  required: "required",
  optional: "optional",
  nullable: "nullable",
  oneOf: "One of",
  values: "Values",
} as const;

export type ApiDocsText = typeof API_DOCS_TEXT;
