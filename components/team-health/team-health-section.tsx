"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { teamHealthQuery } from "@/lib/queries/team-health";
import { ErrorState, Spinner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { TeamHealthCard } from "./team-health-card";

/** The team page's health card; loads on its own, so a failure here leaves the page usable. */
export function TeamHealthSection({ teamId }: { teamId: string }) {
  const { m } = useI18n();
  const t = m.teamHealth;
  const query = useQuery(teamHealthQuery({ teamId, weeks: 4 }));
  return (
    <Card title={t.title}>
      {query.isPending ? <Spinner /> : query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          <p className="-mt-2 mb-3 text-xs text-slate-500">{fmt(t.hint, { days: query.data.days })}</p>
          {query.data.teams[0] && <TeamHealthCard card={query.data.teams[0]} />}
        </>
      )}
    </Card>
  );
}
