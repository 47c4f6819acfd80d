// /api-docs — the API reference for people, inside the console (the JSON document itself,
// /api/v1/openapi.json, stays public).
import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { ApiDocs } from "@/components/api-docs/api-docs";
import { setApiDocsText } from "@/components/api-docs/text";
import { buildDocument } from "@/server/openapi/build-document";
import { API_ROUTES } from "@/app/api/v1/routes";

export default async function ApiDocsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  setApiDocsText(m.apiDocs);
  return <ApiDocs document={buildDocument(API_ROUTES)} />;
}
