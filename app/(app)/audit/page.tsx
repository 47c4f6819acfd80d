import { Suspense } from "react";
import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AuditLog } from "@/components/audit/audit-log";

export default async function AuditPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.audit.title} subtitle={m.audit.subtitle} />
      <Suspense>
        {/* People and tokens are the admins' business: the API hides those entries from others too. */}
        <AuditLog canSeeAll={can(actor.role, "users:manage")} />
      </Suspense>
    </>
  );
}
