"use client";
import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TStandard } from "@/lib/schemas/standard";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber } from "@/lib/i18n/format";
import { complianceSummaryQuery } from "@/lib/queries/compliance";
import { standardDetailQuery } from "@/lib/queries/standards";
import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/feedback";
import { Card, PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/catalog/breadcrumb";
import { QueryState } from "@/components/catalog/query-state";
import { HistoryPanel } from "@/components/audit/history-panel";
import { CheckWords, ScopeWords } from "./check-words";
import { DeleteStandardButton } from "./delete-standard-button";
import { FailingRecords } from "./failing-records";
import { localText } from "./local-text";
import { ActiveBadge, SeverityBadge } from "./standard-badges";

function Prose({ text }: { text: string }) {
  const { m } = useI18n();
  return text ? <p className="whitespace-pre-line text-sm text-slate-700">{text}</p> : <p className="text-sm text-slate-400">{m.standards.detail.noText}</p>;
}

function Example({ tone, label, text }: { tone: "good" | "bad"; label: string; text: string }) {
  const border = tone === "good" ? "border-emerald-300" : "border-red-300";
  return (
    <div className={`border-l-4 ${border} pl-3`}>
      <p className={`text-xs font-semibold uppercase tracking-wide ${tone === "good" ? "text-emerald-700" : "text-red-700"}`}>{label}</p>
      <pre className="mt-1 whitespace-pre-wrap break-words font-mono text-xs text-slate-800">{text}</pre>
    </div>
  );
}

/** Pass / fail / waived / not applicable today, from the compliance summary. */
function ResultCounts({ standard }: { standard: TStandard }) {
  const { m, locale } = useI18n();
  const summary = useQuery({ ...complianceSummaryQuery(standard.appliesTo), enabled: standard.active });
  const counts = summary.data?.byStandard.find((c) => c.standard.id === standard.id);
  if (!standard.active) return <p className="text-sm text-slate-500">{m.standards.detail.inactive}</p>;
  const rows: [string, number | undefined, string][] = [
    [m.enums.ComplianceStatus.PASS, counts?.pass, "text-emerald-700"],
    [m.enums.ComplianceStatus.FAIL, counts?.fail, "text-red-700"],
    [m.enums.ComplianceStatus.WAIVED, counts?.waived, "text-sky-700"],
    [m.enums.ComplianceStatus.NOT_APPLICABLE, counts?.notApplicable, "text-slate-500"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3" data-testid="standard-counts">
      {rows.map(([label, n, tone]) => (
        <div key={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className={`text-lg font-semibold tabular-nums ${tone}`}>{n === undefined ? "—" : formatNumber(n, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return <Card title={title}>{children}</Card>;
}

/** /standards/[id]: the standard's text, rationale, examples, check and scope in words, and what fails it. */
export function StandardDetail({ id, canManage }: { id: string; canManage: boolean }) {
  const { m, locale } = useI18n();
  const t = m.standards.detail;
  const query = useQuery(standardDetailQuery(id));
  return (
    <QueryState query={query} back={{ href: "/standards", label: t.breadcrumb }}>
      {(s) => {
        const text = localText(s.text, locale);
        return (
          <>
            <BackLink href="/standards" label={t.breadcrumb} />
            <PageHeader title={text.name} subtitle={<code className="text-slate-600">{s.key}</code>}
              actions={canManage && (
                <>
                  <ButtonLink variant="secondary" href={`/standards/${s.id}/edit`}>{m.common.actions.edit}</ButtonLink>
                  <DeleteStandardButton id={s.id} name={text.name} />
                </>
              )} />
            <div className="-mt-2 mb-4 flex flex-wrap items-center gap-2">
              <SeverityBadge severity={s.severity} />
              <Badge tone="indigo">{m.enums.StandardCategory[s.category]}</Badge>
              <Badge>{m.enums.SubjectType[s.appliesTo]}</Badge>
              <Badge>{m.enums.CheckKind[s.check.kind]}</Badge>
              <ActiveBadge active={s.active} />
            </div>
            <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
              <div className="space-y-4 lg:col-span-2">
                <Section title={t.description}><Prose text={text.description} /></Section>
                <Section title={t.rationale}><Prose text={text.rationale} /></Section>
                {(s.goodExample || s.badExample) && (
                  <Section title={t.examples}>
                    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
                      {s.goodExample && <Example tone="good" label={t.good} text={s.goodExample} />}
                      {s.badExample && <Example tone="bad" label={t.bad} text={s.badExample} />}
                    </div>
                  </Section>
                )}
                <Section title={t.check}><CheckWords check={s.check} /></Section>
                <FailingRecords standard={s} />
              </div>
              <div className="space-y-4">
                <Section title={t.results}><ResultCounts standard={s} /></Section>
                <Section title={t.scope}><ScopeWords scope={s.scope} appliesTo={s.appliesTo} /></Section>
                <p className="text-xs text-slate-500">{m.common.fields.version} {s.version}</p>
              </div>
            </div>
            <div className="mt-4">
              <HistoryPanel entityType="STANDARD" entityId={s.id} />
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
