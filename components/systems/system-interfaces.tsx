"use client";
import type { ReactNode } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TSystem } from "@/lib/schemas/system";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { InterfaceSummaryTable } from "@/components/interfaces/interface-summary-table";
import { interfaceListQuery } from "@/lib/queries/interfaces";

const SHOWN = 50;
type Direction = "providerSystemId" | "consumerSystemId" | "viaSystemId";
type SectionProps = { title: string; hint: string; direction: Direction; systemId: string; action?: ReactNode; hideWhenEmpty?: boolean };

/** One direction's interfaces, fetched from the paginated list API (a hub may have thousands). */
function Section({ title, hint, direction, systemId, action, hideWhenEmpty }: SectionProps) {
  const { m } = useI18n();
  const d = m.systems.detail;
  const list = useQuery(interfaceListQuery({ [direction]: systemId, pageSize: SHOWN, sort: "name" }));
  const rows = list.data?.items ?? [];
  const total = list.data?.total ?? 0;
  if (hideWhenEmpty && list.isSuccess && total === 0) return null;
  return (
    <Card title={<>{title}{list.isSuccess && <span className="ml-1 font-normal text-slate-500">({total})</span>}</>} actions={action}>
      <p className="-mt-2 mb-3 text-xs text-slate-500">{hint}</p>
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : total === 0 ? (
        <p className="text-sm text-slate-500">{d.noInterfaces}</p>
      ) : (
        <InterfaceSummaryTable rows={rows} caption={title} current={systemId} />
      )}
      {rows.length > 0 && rows.length < total && (
        <p className="mt-3 text-sm text-slate-600">
          {fmt(d.showingFirst, { shown: rows.length, total })}{" "}
          <Link href={`/interfaces?systemId=${systemId}`} className="text-indigo-700 hover:underline">{d.viewAll}</Link>
        </p>
      )}
    </Card>
  );
}

/** Inbound (upstream → this), outbound (this → downstream) and brokered interfaces of a system. */
export function SystemInterfaces({ system, canWrite }: { system: TSystem; canWrite: boolean }) {
  const { m } = useI18n();
  const d = m.systems.detail;
  const link = (href: string, label: string) =>
    canWrite ? <ButtonLink variant="secondary" href={href}>{label}</ButtonLink> : undefined;
  return (
    <div className="space-y-4">
      <Section title={d.inbound} hint={d.inboundHint} direction="consumerSystemId" systemId={system.id}
        action={link(`/interfaces/new?consumer=${system.id}`, d.newInbound)} />
      <Section title={d.outbound} hint={d.outboundHint} direction="providerSystemId" systemId={system.id}
        action={link(`/interfaces/new?provider=${system.id}`, d.newOutbound)} />
      <Section title={d.brokered} hint={d.brokeredHint} direction="viaSystemId" systemId={system.id} hideWhenEmpty />
    </div>
  );
}
