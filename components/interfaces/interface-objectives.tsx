"use client";
import Link from "next/link";
import type { TInterface } from "@/lib/schemas/interface";
import { useI18n } from "@/lib/i18n/client";
import { Card, DescriptionList } from "@/components/ui/page-header";

/** The objectives set in the form; "no objective" in words, so the gap is visible. */
export function InterfaceObjectives({ item: i }: { item: TInterface }) {
  const { m, locale } = useI18n();
  const o = m.interfaces.objectives;
  const none = <span className="text-slate-500">{o.none}</span>;
  const num = (v: number | null, unit: string) => (v === null ? none : `${v.toLocaleString(locale)} ${unit}`);
  return (
    <Card title={o.title} actions={<Link href="/health/sla" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">{m.sla.title}</Link>}>
      <DescriptionList items={[
        { label: o.availability, value: i.sloAvailabilityPct === null ? none : `${i.sloAvailabilityPct.toLocaleString(locale)} %` },
        { label: o.latency, value: num(i.sloLatencyP95Ms, "ms") },
        { label: o.freshness, value: num(i.sloFreshnessMinutes, "min") },
      ]} />
    </Card>
  );
}
