// GET|PUT /api/v1/interfaces/{id}/contracts — the contract's versions (newest first); PUT attaches a new one
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZContractPut, ZContractPutResult, ZContractVersionList } from "@/lib/schemas/contract";
import { MAX_CONTRACT_BYTES } from "@/lib/contracts/types";
import { attachContract } from "@/server/contracts/attach-contract";
import { listContractVersions } from "@/server/contracts/list-contract-versions";

const params = z.object({ id: ZId });

export const GET = handle({
  access: "catalog:read",
  summary: "The versions of the interface's contract, newest first, without their texts (id or key)",
  params,
  response: ZContractVersionList,
  handler: ({ params }) => listContractVersions({ interfaceIdOrKey: params.id }),
});

export const PUT = handle({
  access: "catalog:write",
  summary: "Attach a version of the contract (OpenAPI/AsyncAPI, YAML or JSON, ≤ 5 MB): parsed, linted, stored; 201 when added, 200 when it is the latest version's text",
  params,
  body: ZContractPut,
  // JSON escapes line breaks and quotes: a 5 MB document may take up to twice that as a string.
  maxBodyBytes: 2 * MAX_CONTRACT_BYTES + 64 * 1024,
  response: ZContractPutResult,
  status: 201,
  handler: async ({ actor, params, body }) => {
    const result = await attachContract({ actor, interfaceIdOrKey: params.id, input: body });
    return result.created ? result : Response.json(result, { status: 200, headers: { "cache-control": "no-store" } });
  },
});
