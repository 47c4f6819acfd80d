import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { OwnershipHealth } from "@/components/ownership/ownership-health";

// Everyone who reads the catalogue sees the findings; only writers get the fixes, only admins the setting.
export default async function OwnershipPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.ownership.title} subtitle={m.ownership.subtitle} />
      <OwnershipHealth canWrite={can(actor.role, "catalog:write")} isAdmin={can(actor.role, "users:manage")} />
    </>
  );
}
