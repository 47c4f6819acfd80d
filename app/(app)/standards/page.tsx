import { requirePage } from "@/server/auth/require-page";
import { can } from "@/server/auth/permissions";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { StandardsTabs } from "@/components/standards/standards-tabs";
import { StandardList } from "@/components/standards/standard-list";
import { StandardsTrend } from "@/components/compliance/standards-trend";
import { ErrorSchemaSetting } from "@/components/contracts/error-schema-setting";

// Everyone reads the catalogue; admins (standards:manage) add and edit standards.
export default async function StandardsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  const canManage = can(actor.role, "standards:manage");
  return (
    <>
      <PageHeader title={m.standards.title} subtitle={m.standards.subtitle}
        actions={canManage && <ButtonLink href="/standards/new">{m.standards.newStandard}</ButtonLink>} />
      <StandardsTabs />
      <div className="mb-4" data-testid="standards-trend"><StandardsTrend /></div>
      <StandardList canManage={canManage} />
      <div className="mt-4"><ErrorSchemaSetting canEdit={canManage} /></div>
    </>
  );
}
