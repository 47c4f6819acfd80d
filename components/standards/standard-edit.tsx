"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { standardDetailQuery } from "@/lib/queries/standards";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { StandardForm } from "./standard-form";
import { localText } from "./local-text";

/** /standards/new and /standards/[id]/edit: the form, for a new standard or the one loaded (remounted on reload). */
export function StandardEdit({ id }: { id?: string }) {
  const { m, locale } = useI18n();
  // No background refetch: a newer version would remount the form and drop what was typed.
  const query = useQuery({ ...standardDetailQuery(id ?? ""), enabled: !!id, staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false });
  if (!id) {
    return (
      <>
        <BackLink href="/standards" label={m.standards.detail.breadcrumb} />
        <PageHeader title={m.standards.form.createTitle} />
        <StandardForm />
      </>
    );
  }
  return (
    <QueryState query={query} back={{ href: "/standards", label: m.standards.detail.breadcrumb }}>
      {(s) => (
        <>
          <BackLink href={`/standards/${s.id}`} label={localText(s.text, locale).name} />
          <PageHeader title={fmt(m.standards.form.editTitle, { name: localText(s.text, locale).name })} subtitle={<code>{s.key}</code>} />
          <StandardForm key={s.version} standard={s} onReload={() => query.refetch()} />
        </>
      )}
    </QueryState>
  );
}
