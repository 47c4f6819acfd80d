"use client";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "./breadcrumb";
import { ConfirmButton } from "./confirm-button";
import { DeleteButton } from "./delete-button";
import type { TRecordType } from "./record-fix";

type Props = {
  type: TRecordType;
  entity: { id: string; key: string; name: string; version: number };
  /** e.g. "/systems": the list, and the base of the edit link and API path. */
  base: string;
  backLabel: string;
  canWrite: boolean;
};

/**
 * DetailHeader for records that can be vouched for: title, key, and for writers "Confirm still
 * accurate", Edit and Delete. (DetailHeader takes no extra actions; this mirrors it.)
 */
export function ReviewableHeader({ type, entity, base, backLabel, canWrite }: Props) {
  const { m } = useI18n();
  return (
    <>
      <BackLink href={base} label={backLabel} />
      <PageHeader
        title={entity.name}
        subtitle={<code className="text-slate-600">{entity.key}</code>}
        actions={canWrite && (
          <div className="flex flex-wrap items-start justify-end gap-2">
            <ConfirmButton type={type} id={entity.id} version={entity.version} />
            <ButtonLink variant="secondary" href={`${base}/${entity.id}/edit`}>{m.common.actions.edit}</ButtonLink>
            <DeleteButton path={`${base}/${entity.id}`} name={entity.name} listHref={base} />
          </div>
        )}
      />
    </>
  );
}
