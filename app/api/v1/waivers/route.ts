// GET /api/v1/waivers — waivers, filtered ("expiring within 30 days"…); POST — request one
import { handle } from "@/server/http/handler";
import { ZWaiver, ZWaiverCreate, ZWaiverListQuery, ZWaiverPage } from "@/lib/schemas/waiver";
import { listWaivers } from "@/server/waivers/list-waivers";
import { requestWaiver } from "@/server/waivers/request-waiver";

export const GET = handle({
  access: "catalog:read",
  summary: "List waivers: by status, standard, record, or approved ones ending within N days",
  query: ZWaiverListQuery,
  response: ZWaiverPage,
  handler: ({ query }) => listWaivers({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Request a waiver of one standard for one record (reason, expiry ≤ 365 days); an admin other than you decides",
  body: ZWaiverCreate,
  response: ZWaiver,
  status: 201,
  handler: ({ actor, body }) => requestWaiver({ actor, input: body }),
});
