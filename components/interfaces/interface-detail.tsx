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
import { InterfaceFacts } from "./interface-facts";
import { InterfaceFlowCard } from "./interface-flow-card";
import { InterfaceObjectives } from "./interface-objectives";
import { InterfaceReliability } from "./interface-reliability";
import { ContractSection } from "@/components/contracts/contract-section";
import { interfaceDetailQuery } from "@/lib/queries/interfaces";

/**
 * /interfaces/[id]: flow (provider → via → consumer), protocol and contract, reliability, owners
 * (its own, or marked as inherited from the provider), when last confirmed, its results against
 * the standards, the attached contract's versions and findings, history.
 */
export function InterfaceDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { m } = useI18n();
  const query = useQuery(interfaceDetailQuery(id));
  return (
    <QueryState query={query} back={{ href: "/interfaces", label: m.interfaces.detail.breadcrumb }}>
      {(i) => (
        <>
          <DetailHeader entity={i} actions={<ConfirmButton type="INTERFACE" id={i.id} version={i.version} />} base="/interfaces" backLabel={m.interfaces.detail.breadcrumb} canWrite={canWrite} />
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            <div className="space-y-4 lg:col-span-2">
              <InterfaceFlowCard item={i} />
              <InterfaceFacts item={i} />
              <InterfaceReliability item={i} />
              <InterfaceObjectives item={i} />
            </div>
            <div className="space-y-4">
              <OwnersCard team={i.team} technicalOwner={i.technicalOwner} inherited={i.inherited} provider={i.provider}
                footer={<ReviewedLine record={i} />} />
            </div>
          </div>
          <div className="mt-4">
            <RecordHealth subject="interfaces" id={i.id} />
          </div>
          <div className="mt-4">
            <RecordStandards subjectType="INTERFACE" id={i.id} recordName={i.name} canWrite={canWrite} />
          </div>
          <div className="mt-4">
            <ContractSection interfaceId={i.id} canWrite={canWrite} />
          </div>
          <div className="mt-4">
            <HistoryPanel entityType="INTERFACE" entityId={i.id} />
          </div>
        </>
      )}
    </QueryState>
  );
}
