// GET /api/v1/interfaces/{id}/contracts/{number} — one version: its text, lint findings, operations or channels
import { handle } from "@/server/http/handler";
import { ZContractVersionDetail, ZContractVersionParams } from "@/lib/schemas/contract";
import { getContractVersion } from "@/server/contracts/get-contract-version";

export const GET = handle({
  access: "catalog:read",
  summary: "One version of the interface's contract: text, lint findings (by line) and its operations or channels",
  params: ZContractVersionParams,
  response: ZContractVersionDetail,
  handler: ({ params }) => getContractVersion({ interfaceIdOrKey: params.id, number: params.number }),
});
