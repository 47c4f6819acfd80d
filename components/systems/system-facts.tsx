"use client";
import type { TSystem } from "@/lib/schemas/system";
import { useI18n } from "@/lib/i18n/client";
import { Badge } from "@/components/ui/feedback";
import { Card, DescriptionList } from "@/components/ui/page-header";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";
import { RecordDates } from "@/components/catalog/record-dates";

export function SystemFacts({ system: s }: { system: TSystem }) {
  const { m } = useI18n();
  const f = { ...m.common.fields, ...m.systems.fields };
  return (
    <Card title={m.systems.shared.about}>
      {s.description && <p className="mb-4 whitespace-pre-line text-sm text-slate-700">{s.description}</p>}
      <DescriptionList items={[
        { label: f.kind, value: m.enums.SystemKind[s.kind] },
        { label: f.layer, value: m.enums.Layer[s.layer] },
        { label: f.tier, value: <TierBadge tier={s.tier} full /> },
        { label: f.lifecycle, value: <LifecycleBadge lifecycle={s.lifecycle} /> },
        { label: f.vendor, value: s.vendor ?? "—" },
        { label: f.isThirdParty, value: s.isThirdParty ? m.systems.shared.yes : m.systems.shared.no },
        { label: f.domain, value: s.domain ?? "—" },
        { label: f.grouping, value: s.grouping ?? "—" },
        {
          label: f.tags,
          value: s.tags.length ? <span className="flex flex-wrap gap-1">{s.tags.map((t) => <Badge key={t}>{t}</Badge>)}</span> : "—",
        },
      ]} />
      <RecordDates record={s} />
    </Card>
  );
}
