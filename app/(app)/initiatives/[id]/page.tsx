import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { InitiativeDetail } from "@/components/initiatives/initiative-detail";

export default async function InitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <InitiativeDetail id={id} canManage={can(actor.role, "standards:manage")} />;
}
