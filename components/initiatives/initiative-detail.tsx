"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate } from "@/lib/i18n/format";
import { dueLabel } from "@/lib/initiatives/initiative-words";
import { initiativeDetailQuery } from "@/lib/queries/initiatives";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/feedback";
import { Card, PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { LevelBadge } from "@/components/compliance/compliance-marks";
import { ScopeWords } from "@/components/standards/check-words";
import { DeleteInitiativeButton } from "./delete-initiative-button";
import { ProgressBar } from "./progress-bar";
import { ProgressChart } from "./progress-chart";
import { RemainingRecords } from "./remaining-records";
import { TeamLeft } from "./team-left";

/** /initiatives/[id]: the goal, progress now and over time, what is left per team, and the records left. */
export function InitiativeDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const { m, locale } = useI18n();
  const t = m.initiatives.detail;
  const query = useQuery(initiativeDetailQuery(id));
  return (
    <QueryState query={query} back={{ href: "/initiatives", label: t.breadcrumb }}>
      {(i) => {
        const date = formatDate(`${i.deadline}T00:00:00Z`, locale);
        return (
          <>
            <BackLink href="/initiatives" label={t.breadcrumb} />
            <PageHeader title={i.name} subtitle={fmt(t.goal, { level: m.enums.ComplianceLevel[i.targetLevel], date })}
              actions={canManage && (
                <>
                  <ButtonLink variant="secondary" href={`/initiatives/${i.id}/edit`}>{m.common.actions.edit}</ButtonLink>
                  <DeleteInitiativeButton id={i.id} name={i.name} />
                </>
              )} />
            <div className="-mt-2 mb-4 flex flex-wrap items-center gap-2">
              <LevelBadge level={i.targetLevel} />
              <Badge>{m.enums.SubjectType[i.appliesTo]}</Badge>
              <Badge tone="indigo">{date} · {dueLabel(i.deadline, m, locale)}</Badge>
            </div>
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
              <div className="min-w-0 space-y-4 lg:col-span-2">
                <ProgressChart initiative={i} />
                <RemainingRecords initiative={i} />
              </div>
              <div className="min-w-0 space-y-4">
                <Card title={t.now}><ProgressBar progress={i.progress} label={t.now} /></Card>
                <TeamLeft teams={i.byTeam} />
                <Card title={m.initiatives.form.scope}>
                  {i.description && <p className="mb-3 whitespace-pre-line text-sm text-slate-700">{i.description}</p>}
                  <ScopeWords scope={i.scope} appliesTo={i.appliesTo} />
                </Card>
                <p className="text-xs text-slate-500">{fmt(t.createdBy, { name: i.createdBy.name })} · {m.common.fields.version} {i.version}</p>
              </div>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
