import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { SystemDetail } from "@/components/systems/system-detail";

export default async function SystemPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("catalog:read");
  const { id } = await params;
  return <SystemDetail id={id} canWrite={can(actor.role, "catalog:write")} />;
}
