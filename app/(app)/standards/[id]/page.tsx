import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { StandardDetail } from "@/components/standards/standard-detail";

export default async function StandardPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <StandardDetail id={id} canManage={can(actor.role, "standards:manage")} />;
}
