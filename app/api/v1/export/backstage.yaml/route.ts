// GET /api/v1/export/backstage.yaml — the catalogue as catalog-info.yaml (a Backstage catalog location)
import { handle } from "@/server/http/handler";
import { ZBackstageExportQuery } from "@/lib/schemas/interop";
import { exportBackstage } from "@/server/interop/backstage/export-backstage";

export const GET = handle({
  access: "catalog:read",
  summary: "The catalogue as multi-document catalog-info.yaml (Group, User, Component, Resource, API, System, Domain); ?team= for one team's file",
  query: ZBackstageExportQuery,
  handler: ({ query }) => exportBackstage({ format: "yaml", team: query.team }),
});
