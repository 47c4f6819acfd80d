"use client";
import { useId, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { GAP_RULES, type TGapRule } from "@/lib/schemas/ownership";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/data-table";
import { Banner, EmptyState, ErrorState } from "@/components/ui/feedback";
import { useLightPrint } from "@/hooks/use-light-print";
import { FindingsTable } from "./findings-table";
import { GapFilters } from "./gap-filters";
import { gapsQuery } from "@/lib/queries/ownership";
import { OwnershipSkeleton } from "./ownership-skeleton";
import { RuleCards } from "./rule-cards";
import { ScoreHeader } from "./score-header";

const SEVERITIES = ["high", "medium", "low"];
const isRule = (v: string | undefined): v is TGapRule => !!v && (GAP_RULES as readonly string[]).includes(v);

/**
 * /ownership: the score, a card per rule, and the findings (50 a page) with a one-click fix each
 * for writers. Rule, team, severity and page live in the URL, so a filtered view can be shared.
 */
export function OwnershipHealth({ canWrite, isAdmin }: { canWrite: boolean; isAdmin: boolean }) {
  const { m, locale } = useI18n();
  const t = m.ownership;
  const headingId = useId();
  const list = useListParams({ sort: "severity", pageSize: 50 });
  const { teamId, page, pageSize } = list.params;
  // Only what the API understands: a hand-edited URL with an unknown rule shows everything.
  const rule = isRule(list.params.rule) ? list.params.rule : undefined;
  const severity = SEVERITIES.includes(list.params.severity) ? list.params.severity : undefined;
  const params: Record<string, string | number> = { page, pageSize };
  if (rule) params.rule = rule;
  if (teamId) params.teamId = teamId;
  if (severity) params.severity = severity;
  const query = useQuery({ ...gapsQuery(params), placeholderData: keepPreviousData });
  const [notice, setNotice] = useState<string>();
  useLightPrint();
  const onFixed = (name: string) => setNotice(fmt(t.fix.done, { name }));

  if (query.isPending) return <OwnershipSkeleton />;
  if (!query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { score, settings, counts, findings } = query.data;
  const emptyText = rule ? t.rules[rule].empty : severity ? t.list.emptyFiltered : t.list.emptyAll;

  return (
    <div className="space-y-4" aria-busy={query.isFetching}>
      <ScoreHeader score={score} settings={settings} isAdmin={isAdmin} />
      <RuleCards counts={counts} selected={rule} onSelect={(r) => list.set({ rule: r })} />
      <GapFilters list={list} />
      <section aria-labelledby={headingId} className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-base font-semibold text-slate-900">
            {rule ? `${t.list.title} · ${t.rules[rule].title}` : t.list.title}
          </h2>
          <span className="text-sm text-slate-500" data-testid="gap-total">
            {countLabel(locale, findings.total, t.list.count)}
          </span>
        </div>
        {notice && <Banner tone="success">{notice}</Banner>}
        {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
        {!canWrite && findings.total > 0 && <p className="text-xs text-slate-500 print:hidden">{t.fix.readOnly}</p>}
        {findings.total === 0 ? (
          <EmptyState title={emptyText} />
        ) : (
          <div className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
            <FindingsTable findings={findings.items} busFactor={settings.busFactorThreshold} canWrite={canWrite} onFixed={onFixed} />
            <div className="print:hidden">
              <Pagination page={findings.page} pageSize={findings.pageSize} total={findings.total}
                onPage={(p) => list.set({ page: p })} onPageSize={(s) => list.set({ pageSize: s })} />
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
