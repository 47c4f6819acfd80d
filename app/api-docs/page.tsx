// /api-docs — the API reference for people; public, like the document it renders.
import { ApiDocs } from "@/components/api-docs/api-docs";
import { API_DOCS_TEXT } from "@/components/api-docs/text";
import { buildDocument } from "@/server/openapi/build-document";

export const metadata = { title: `${API_DOCS_TEXT.title} · Junction` };

export default function ApiDocsPage() {
  return <ApiDocs document={buildDocument()} />;
}
