"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "./breadcrumb";
import { DeleteButton } from "./delete-button";

type Props = {
  entity: { id: string; key: string; name: string };
  /** e.g. "/systems": the list, and the base of the edit link and API path. */
  base: string;
  backLabel: string;
  canWrite: boolean;
  /** More writer actions before Edit (e.g. "Confirm still accurate"). */
  actions?: ReactNode;
};

/** Title, key, and for writers Edit and Delete. */
export function DetailHeader({ entity, base, backLabel, canWrite, actions }: Props) {
  const { m } = useI18n();
  return (
    <>
      <BackLink href={base} label={backLabel} />
      <PageHeader
        title={entity.name}
        subtitle={<code className="text-slate-600">{entity.key}</code>}
        actions={canWrite && (
          <div className="flex flex-wrap items-start justify-end gap-2">
            {actions}
            <ButtonLink variant="secondary" href={`${base}/${entity.id}/edit`}>{m.common.actions.edit}</ButtonLink>
            <DeleteButton path={`${base}/${entity.id}`} name={entity.name} listHref={base} />
          </div>
        )}
      />
    </>
  );
}
