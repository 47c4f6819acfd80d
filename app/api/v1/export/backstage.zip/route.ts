// GET /api/v1/export/backstage.zip — the catalogue as catalog-info.yaml files, one per team
import { handle } from "@/server/http/handler";
import { exportBackstage } from "@/server/interop/backstage/export-backstage";

export const GET = handle({
  access: "catalog:read",
  summary: "The catalogue as a zip of catalog-info.yaml files: one per team, the groupings, and an all.yaml Location over them",
  handler: () => exportBackstage({ format: "zip" }),
});
