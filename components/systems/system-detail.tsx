"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { HistoryPanel } from "@/components/audit/history-panel";
import { RecordStandards } from "@/components/compliance/record-standards";
import { RecordHealth } from "@/components/health/record-health";
import { OwnersCard } from "@/components/catalog/owners-card";
import { QueryState } from "@/components/catalog/query-state";
import { DetailHeader } from "@/components/catalog/detail-header";
import { ConfirmButton } from "@/components/catalog/confirm-button";
import { ReviewedLine } from "@/components/catalog/reviewed-line";
import { SystemFacts } from "./system-facts";
import { SystemInterfaces } from "./system-interfaces";
import { SystemLinks } from "./system-links";
import { systemDetailQuery } from "@/lib/queries/systems";

/**
 * /systems/[id]: facts, owners (with when they were last confirmed), links, inbound/outbound
 * interfaces, its results against the standards and change history. Writers may confirm the
 * record is still accurate.
 */
export function SystemDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { m } = useI18n();
  const query = useQuery(systemDetailQuery(id));
  return (
    <QueryState query={query} back={{ href: "/systems", label: m.systems.detail.breadcrumb }}>
      {(s) => (
        <>
          <DetailHeader entity={s} actions={<ConfirmButton type="SYSTEM" id={s.id} version={s.version} />} base="/systems" backLabel={m.systems.detail.breadcrumb} canWrite={canWrite} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            <div className="space-y-4 lg:col-span-2">
              <SystemFacts system={s} />
              <SystemInterfaces system={s} canWrite={canWrite} />
            </div>
            <div className="space-y-4">
              <OwnersCard team={s.team} technicalOwner={s.technicalOwner} businessOwner={s.businessOwner}
                footer={<ReviewedLine record={s} />} />
              <SystemLinks system={s} />
            </div>
          </div>
          <div className="mt-4">
            <RecordHealth subject="systems" id={s.id} />
          </div>
          <div className="mt-4">
            <RecordStandards subjectType="SYSTEM" id={s.id} recordName={s.name} canWrite={canWrite} />
          </div>
          <div className="mt-4">
            <HistoryPanel entityType="SYSTEM" entityId={s.id} />
          </div>
        </>
      )}
    </QueryState>
  );
}
