// GET /api/v1/openapi.json — the OpenAPI 3.1 document of this API (public: documentation only)
import { handle } from "@/server/http/handler";
import { buildDocument } from "@/server/openapi/build-document";
import type { OpenApiDocument } from "@/lib/openapi/types";
import { API_ROUTES } from "../routes";

// The document only changes with the code, so build it once per server process.
let cached: OpenApiDocument | undefined;

export const GET = handle({
  access: "public",
  summary: "The OpenAPI 3.1 document of this API",
  handler: async () => {
    cached ??= buildDocument(API_ROUTES);
    // A Response passes through handle() as is; this one may be cached, unlike API data.
    return Response.json(cached, { headers: { "cache-control": "public, max-age=300" } });
  },
});
