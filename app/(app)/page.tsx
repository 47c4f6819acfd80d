import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { getOverview } from "@/server/dashboard/get-overview";
import { PageHeader } from "@/components/ui/page-header";
import { Overview } from "@/components/dashboard/overview";

export default async function DashboardPage() {
  const actor = await requirePage("catalog:read");
  const { m, locale } = await getMessages(actor);
  const data = await getOverview({ recent: 12 });
  return (
    <>
      <PageHeader title={m.common.nav.dashboard} subtitle={m.common.tagline} />
      <Overview data={data} m={m} locale={locale} />
    </>
  );
}
