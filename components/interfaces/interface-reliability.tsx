"use client";
import type { ReactNode } from "react";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import { Card, DescriptionList } from "@/components/ui/page-header";

/**
 * Delivery guarantee, idempotency, retries, dead-letter queue and TLS of an interface. "Not
 * recorded" is said in words, never as a dash or a "No": it is the gap a standard points at.
 */
export function InterfaceReliability({ item: i }: { item: TInterface }) {
  const { m } = useI18n();
  const f = m.interfaces.fields;
  const { yes, no, notRecorded } = m.systems.shared;
  const missing = <span className="text-slate-500">{notRecorded}</span>;
  const orMissing = (v: ReactNode) => v || missing;
  const yesNo = (v: boolean | null, noTone?: "amber") =>
    v === null ? missing : v ? yes : noTone ? <Badge tone={noTone}>{no}</Badge> : no;
  return (
    <Card title={m.interfaces.detail.reliability}>
      <DescriptionList items={[
        { label: f.deliveryGuarantee, value: orMissing(i.deliveryGuarantee && m.enums.DeliveryGuarantee[i.deliveryGuarantee]) },
        { label: f.idempotent, value: yesNo(i.idempotent) },
        { label: f.retryPolicy, value: orMissing(i.retryPolicy && <span className="break-words">{i.retryPolicy}</span>) },
        { label: f.deadLetterQueue, value: orMissing(i.deadLetterQueue && <code className="break-all text-xs">{i.deadLetterQueue}</code>) },
        { label: f.tlsInTransit, value: yesNo(i.tlsInTransit, "amber") },
      ]} />
    </Card>
  );
}
