"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { TeamForm } from "./team-form";
import { teamDetailQuery } from "@/lib/queries/teams";

/** /teams/[id]/edit: loads the record, then the form (remounted when a reload brings a new version). */
export function TeamEdit({ id }: { id: string }) {
  const { m } = useI18n();
  // No background refetch: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...teamDetailQuery(id), staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  return (
    <QueryState query={query} back={{ href: "/teams", label: m.teams.detail.breadcrumb }}>
      {(t) => (
        <>
          <BackLink href={`/teams/${t.id}`} label={t.name} />
          <PageHeader title={fmt(m.teams.form.editTitle, { name: t.name })} subtitle={<code>{t.key}</code>} />
          <TeamForm key={t.version} team={t} onReload={() => query.refetch()} />
        </>
      )}
    </QueryState>
  );
}
