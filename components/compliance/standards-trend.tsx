"use client";
import { useState } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { toQuery } from "@/lib/api-client";
import { complianceTrendQuery } from "@/lib/queries/compliance";
import { Card } from "@/components/ui/page-header";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { SubjectSwitch } from "./subject-switch";
import { TrendFigure } from "./trend-figure";

export const TREND_DAYS = 90;

/** On /standards: the trend of the estate's levels over the last 90 days, for interfaces or systems. */
export function StandardsTrend() {
  const { m } = useI18n();
  const t = m.compliance.trend;
  const [subject, setSubject] = useState<TSubjectType>("INTERFACE");
  const trend = useQuery(complianceTrendQuery({ subject, days: TREND_DAYS }));
  return (
    <Card title={t.title} actions={<Link href={`/compliance${toQuery({ subject: subject === "SYSTEM" ? subject : undefined })}`}
      className="text-sm text-indigo-700 hover:underline">{t.open}</Link>}>
      <div className="-mt-2 mb-3 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-500">{t.hint}</p>
        <SubjectSwitch value={subject} onChange={setSubject} />
      </div>
      {trend.isPending ? <Spinner /> : trend.isError ? <ErrorState error={trend.error} onRetry={() => trend.refetch()} /> : <TrendFigure trend={trend.data} />}
    </Card>
  );
}
