"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { initiativeDetailQuery } from "@/lib/queries/initiatives";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { InitiativeForm } from "./initiative-form";

/** /initiatives/new and /initiatives/[id]/edit: the form, for a new initiative or the one loaded (remounted on reload). */
export function InitiativeEdit({ id }: { id?: string }) {
  const { m } = useI18n();
  const t = m.initiatives;
  // No background refetch: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...initiativeDetailQuery(id ?? ""), enabled: !!id, staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  if (!id) {
    return (
      <>
        <BackLink href="/initiatives" label={t.detail.breadcrumb} />
        <PageHeader title={t.form.createTitle} />
        <InitiativeForm />
      </>
    );
  }
  return (
    <QueryState query={query} back={{ href: "/initiatives", label: t.detail.breadcrumb }}>
      {(i) => (
        <>
          <BackLink href={`/initiatives/${i.id}`} label={i.name} />
          <PageHeader title={fmt(t.form.editTitle, { name: i.name })} />
          <InitiativeForm key={i.version} initiative={i} onReload={() => query.refetch()} />
        </>
      )}
    </QueryState>
  );
}
