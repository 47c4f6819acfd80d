"use client";
import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { InterfaceSummaryTable, type InterfaceRow } from "@/components/interfaces/interface-summary-table";
import Link from "next/link";
import type { TSystemDetail } from "@/lib/schemas/system";
import { fmt } from "@/lib/i18n/format";

type SectionProps = { title: string; hint: string; rows: InterfaceRow[]; total: number; current: string; action?: ReactNode };

/** The detail embeds the first interfaces only (a hub may have thousands); the rest are one link away. */
function Section({ title, hint, rows, total, current, action }: SectionProps) {
  const { m } = useI18n();
  const d = m.systems.detail;
  return (
    <Card title={<>{title} <span className="ml-1 font-normal text-slate-500">({total})</span></>} actions={action}>
      <p className="-mt-2 mb-3 text-xs text-slate-500">{hint}</p>
      {rows.length === 0
        ? <p className="text-sm text-slate-500">{d.noInterfaces}</p>
        : <InterfaceSummaryTable rows={rows} caption={title} current={current} />}
      {rows.length < total && (
        <p className="mt-3 text-sm text-slate-600">
          {fmt(d.showingFirst, { shown: rows.length, total })}{" "}
          <Link href={`/interfaces?systemId=${current}`} className="text-indigo-700 hover:underline">{d.viewAll}</Link>
        </p>
      )}
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
      <Section title={d.inbound} hint={d.inboundHint} rows={inbound} total={system.interfaceCounts.consumed} current={system.id}
        action={link(`/interfaces/new?consumer=${system.id}`, d.newInbound)} />
      <Section title={d.outbound} hint={d.outboundHint} rows={outbound} total={system.interfaceCounts.provided} current={system.id}
        action={link(`/interfaces/new?provider=${system.id}`, d.newOutbound)} />
      {brokered.length > 0 && (
        <Section title={d.brokered} hint={d.brokeredHint} rows={brokered} total={system.interfaceCounts.brokered} current={system.id} />
      )}
    </div>
  );
}
