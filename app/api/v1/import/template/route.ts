// GET /api/v1/import/template — the CSV or xlsx template for an entity: header row and one example row
import { handle } from "@/server/http/handler";
import { TABLE_MEDIA_TYPES, ZTableTemplateQuery } from "@/lib/schemas/interop-table";
import { tableTemplate } from "@/lib/interop/table-template";
import { tableResponse } from "@/server/interop/table/table-response";

export const GET = handle({
  // Like every import route (issue 12): the people who may import are the ones who need it.
  access: "catalog:write",
  summary: "A template to fill in: the import's header row (English or Chinese) and one example row, which the import skips",
  query: ZTableTemplateQuery,
  download: TABLE_MEDIA_TYPES,
  handler: ({ query }) =>
    tableResponse({ sheet: tableTemplate(query), format: query.format, lang: query.lang, baseName: `${query.entity}-template` }),
});
