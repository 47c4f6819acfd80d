// GET /api/v1/interfaces/{id}/contracts/diff?from=&to= — breaking and other changes between two versions
import { z } from "zod";
import { handle } from "@/server/http/handler";
import { ZId } from "@/lib/schemas/common";
import { ZContractDiff, ZContractDiffQuery } from "@/lib/schemas/contract";
import { diffContractVersions } from "@/server/contracts/diff-contract-versions";

export const GET = handle({
  access: "catalog:read",
  summary: "Changes from version `from` to version `to`: breaking ones (removed operations, paths, channels, responses, response properties; parameters or properties made required; changed types) and others",
  params: z.object({ id: ZId }),
  query: ZContractDiffQuery,
  response: ZContractDiff,
  handler: ({ params, query }) => diffContractVersions({ interfaceIdOrKey: params.id, from: query.from, to: query.to }),
});
