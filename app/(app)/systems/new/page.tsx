import { requirePage } from "@/server/auth/require-page";
import { getMessages } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { SystemForm } from "@/components/systems/system-form";

export default async function NewSystemPage() {
  const actor = await requirePage("catalog:write");
  const { m } = await getMessages(actor);
  return (
    <>
      <BackLink href="/systems" label={m.systems.detail.breadcrumb} />
      <PageHeader title={m.systems.form.createTitle} />
      <SystemForm />
    </>
  );
}
