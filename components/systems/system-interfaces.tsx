"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { InterfaceSummaryTable, type InterfaceRow } from "@/components/interfaces/interface-summary-table";
import type { TSystemDetail } from "./system-queries";

function Section({ title, hint, rows, current, action }: { title: string; hint: string; rows: InterfaceRow[]; current: string; action?: ReactNode }) {
  const { m } = useI18n();
  return (
    <Card title={<>{title} <span className="ml-1 font-normal text-slate-500">({rows.length})</span></>} actions={action}>
      <p className="-mt-2 mb-3 text-xs text-slate-500">{hint}</p>
      {rows.length === 0
        ? <p className="text-sm text-slate-500">{m.systems.detail.noInterfaces}</p>
        : <InterfaceSummaryTable rows={rows} caption={title} current={current} />}
    </Card>
  );
}

/** Inbound (upstream → this), outbound (this → downstream) and brokered interfaces of a system. */
export function SystemInterfaces({ system, canWrite }: { system: TSystemDetail; canWrite: boolean }) {
  const { m } = useI18n();
  const d = m.systems.detail;
  const self = { id: system.id, key: system.key, name: system.name };
  const inbound = system.consumedInterfaces.map((i) => ({ ...i, consumer: self }));
  const outbound = system.providedInterfaces.map((i) => ({ ...i, provider: self }));
  const brokered = system.brokeredInterfaces.map((i) => ({ ...i, via: self }));
  const link = (href: string, label: string) =>
    canWrite ? <ButtonLink variant="secondary" href={href}>{label}</ButtonLink> : undefined;
  return (
    <div className="space-y-4">
      <Section title={d.inbound} hint={d.inboundHint} rows={inbound} current={system.id}
        action={link(`/interfaces/new?consumer=${system.id}`, d.newInbound)} />
      <Section title={d.outbound} hint={d.outboundHint} rows={outbound} current={system.id}
        action={link(`/interfaces/new?provider=${system.id}`, d.newOutbound)} />
      {brokered.length > 0 && <Section title={d.brokered} hint={d.brokeredHint} rows={brokered} current={system.id} />}
    </div>
  );
}
