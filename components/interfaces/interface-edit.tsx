"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { InterfaceForm } from "./interface-form";
import { interfaceDetailQuery } from "@/lib/queries/interfaces";

/** /interfaces/[id]/edit: loads the record, then the form (remounted when a reload brings a new version). */
export function InterfaceEdit({ id }: { id: string }) {
  const { m } = useI18n();
  // No background refetch: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...interfaceDetailQuery(id), staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  return (
    <QueryState query={query} back={{ href: "/interfaces", label: m.interfaces.detail.breadcrumb }}>
      {(i) => (
        <>
          <BackLink href={`/interfaces/${i.id}`} label={i.name} />
          <PageHeader title={fmt(m.interfaces.form.editTitle, { name: i.name })} subtitle={<code>{i.key}</code>} />
          <InterfaceForm key={i.version} item={i} onReload={() => query.refetch()} />
        </>
      )}
    </QueryState>
  );
}
