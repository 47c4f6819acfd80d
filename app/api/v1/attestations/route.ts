// GET /api/v1/attestations — who vouched for what; POST — attest that a record meets a standard
import { handle } from "@/server/http/handler";
import { ZAttestation, ZAttestationCreate, ZAttestationListQuery, ZAttestationPage } from "@/lib/schemas/waiver";
import { listAttestations } from "@/server/attestations/list-attestations";
import { createAttestation } from "@/server/attestations/create-attestation";

export const GET = handle({
  access: "catalog:read",
  summary: "List attestations, newest first",
  query: ZAttestationListQuery,
  response: ZAttestationPage,
  handler: ({ query }) => listAttestations({ query }),
});

export const POST = handle({
  access: "catalog:write",
  summary: "Attest that a record meets an attestation standard (evidence link, comment); it lapses after the standard's validDays",
  body: ZAttestationCreate,
  response: ZAttestation,
  status: 201,
  handler: ({ actor, body }) => createAttestation({ actor, input: body }),
});
