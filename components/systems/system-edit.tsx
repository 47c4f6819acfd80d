"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { SystemForm } from "./system-form";
import { systemDetailQuery } from "@/lib/queries/systems";

/** /systems/[id]/edit: loads the record, then the form (remounted when a reload brings a new version). */
export function SystemEdit({ id }: { id: string }) {
  const { m } = useI18n();
  // No background refetch: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...systemDetailQuery(id), staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  return (
    <QueryState query={query} back={{ href: "/systems", label: m.systems.detail.breadcrumb }}>
      {(s) => (
        <>
          <BackLink href={`/systems/${s.id}`} label={s.name} />
          <PageHeader title={fmt(m.systems.form.editTitle, { name: s.name })} subtitle={<code>{s.key}</code>} />
          <SystemForm key={s.version} system={s} onReload={() => query.refetch()} />
        </>
      )}
    </QueryState>
  );
}
