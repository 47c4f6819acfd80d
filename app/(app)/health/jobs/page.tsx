import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { HealthTabs } from "@/components/health-reports/health-tabs";
import { JobList } from "@/components/health-reports/job-list";

// Read-only for everyone who reads the catalogue: the figures arrive from monitoring and schedulers.
export default async function JobsPage() {
  const actor = await requirePage("catalog:read");
  const { m } = await getMessages(actor);
  return (
    <>
      <PageHeader title={m.jobs.title} subtitle={m.jobs.subtitle} />
      <HealthTabs />
      <JobList />
    </>
  );
}
