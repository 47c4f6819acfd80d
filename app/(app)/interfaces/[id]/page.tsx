import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { InterfaceDetail } from "@/components/interfaces/interface-detail";

export default async function InterfacePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <InterfaceDetail id={id} canWrite={can(actor.role, "catalog:write")} />;
}
