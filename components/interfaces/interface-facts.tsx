"use client";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import { Card, DescriptionList } from "@/components/ui/page-header";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import { ExternalLink } from "@/components/catalog/people";
import { RecordDates } from "@/components/catalog/record-dates";

/** Protocol, data, authentication and contract of an interface. */
export function InterfaceFacts({ item: i }: { item: TInterface }) {
  const { m } = useI18n();
  const f = { ...m.common.fields, ...m.interfaces.fields };
  const d = m.interfaces.detail;
  return (
    <Card title={m.systems.shared.about}>
      {i.description && <p className="mb-4 whitespace-pre-line text-sm text-slate-700">{i.description}</p>}
      <DescriptionList items={[
        { label: f.style, value: m.enums.InterfaceStyle[i.style] },
        { label: f.mode, value: m.enums.InterfaceMode[i.mode] },
        { label: f.endpoint, value: i.endpoint ? <code className="break-all text-xs">{i.endpoint}</code> : "—" },
        { label: f.tier, value: <TierBadge tier={i.tier} full /> },
        { label: f.lifecycle, value: <LifecycleBadge lifecycle={i.lifecycle} /> },
        { label: f.authMethod, value: i.authMethod === "NONE" ? <Badge tone="amber">{m.enums.AuthMethod.NONE}</Badge> : m.enums.AuthMethod[i.authMethod] },
        {
          label: f.dataObjects,
          value: i.dataObjects.length
            ? <span className="flex flex-wrap gap-1">{i.dataObjects.map((o) => <Badge key={o} tone="indigo">{o}</Badge>)}</span>
            : <span className="text-slate-500">{d.noDataObjects}</span>,
        },
        { label: f.contractFormat, value: m.enums.ContractFormat[i.contractFormat] },
        {
          label: f.contractUrl,
          value: i.contractUrl ? <ExternalLink href={i.contractUrl}>{d.openContract}</ExternalLink> : <span className="text-amber-700">{d.noContract}</span>,
        },
      ]} />
      <RecordDates record={i} />
    </Card>
  );
}
