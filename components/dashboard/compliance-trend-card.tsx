"use client";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { toQuery } from "@/lib/api-client";
import { complianceTrendQuery } from "@/lib/queries/compliance";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { TREND_DAYS } from "@/components/compliance/standards-trend";
import { TrendFigure } from "@/components/compliance/trend-figure";
import { DashboardCard } from "./dashboard-card";

/**
 * "Is compliance improving?" for interfaces (where the standards mostly bite), for the estate or
 * the team the dashboard is filtered to. Fails on its own without taking the dashboard down.
 */
export function ComplianceTrendCard({ teamId }: { teamId: string | null }) {
  const { m } = useI18n();
  const t = m.compliance.trend;
  const trend = useQuery({ ...complianceTrendQuery({ subject: "INTERFACE", days: TREND_DAYS, teamId: teamId ?? undefined }), staleTime: 30_000 });
  return (
    <DashboardCard title={t.title} hint={t.dashboardHint}
      actions={<Link href={`/compliance${toQuery({ teamId })}`} className="text-sm text-indigo-700 hover:underline print:hidden">{t.open}</Link>}>
      {trend.isPending ? <Spinner /> : trend.isError ? <ErrorState error={trend.error} onRetry={() => trend.refetch()} /> : <TrendFigure trend={trend.data} />}
    </DashboardCard>
  );
}
