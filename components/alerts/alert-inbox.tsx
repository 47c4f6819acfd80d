"use client";
import { useCallback, useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { ALERT_SEVERITIES, ALERT_VIEWS, type TAlertRow, type TAlertView } from "@/lib/schemas/alert-views";
import { alertListQuery } from "@/lib/queries/alerts";
import { ListPage } from "@/components/catalog/list-page";
import { FilterSelect } from "@/components/catalog/filter-select";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import { TeamFilter } from "@/components/pickers/team-filter";
import { SystemFilter } from "@/components/pickers/system-filter";
import { Banner } from "@/components/ui/feedback";
import { AlertViewSwitch } from "./alert-view-switch";
import { useAlertColumns } from "./alert-columns";
import { AlertBulkBar } from "./alert-bulk-bar";
import { AlertRowActions } from "./alert-row-actions";
import { useAlertActions, type BulkRequest } from "./use-alert-actions";

const FILTERS = ["view", "severity", "teamId", "tier", "systemId"] as const;

const parseViews = (raw: string | undefined): TAlertView[] => {
  const views = (raw ?? "").split(",").filter((v): v is TAlertView => (ALERT_VIEWS as readonly string[]).includes(v));
  return views.length ? views : ["FIRING", "ACKNOWLEDGED"];
};

/** The alerts inbox (or, with `mine`, my alerts): views with counts, filters, bulk actions. */
export function AlertInbox({ canWrite, mine = false }: { canWrite: boolean; mine?: boolean }) {
  const { m, locale } = useI18n();
  const t = m.alerts;
  const list = useListParams({ sort: "severity", pageSize: 50 });
  const params = mine ? { ...list.params, mine: "true" } : list.params;
  const query = useQuery({ ...alertListQuery(params), placeholderData: keepPreviousData });
  const views = parseViews(list.params.view);
  const actions = useAlertActions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const onChange = useCallback((keys: string[], on: boolean) => {
    setNotice(null);
    setSelected((prev) => {
      const next = new Set(prev);
      for (const k of keys) if (on) next.add(k); else next.delete(k);
      return next;
    });
  }, []);
  const run = (request: BulkRequest, onDone: () => void) =>
    actions.bulk.mutate(request, {
      onSuccess: (r) => {
        onDone();
        // A silence may change no alert (a resolved one stays resolved): say what was made instead.
        setNotice(request.action === "silence" ? countLabel(locale, request.ids.length, t.bulk.silenced) : countLabel(locale, r.changed, t.bulk.done));
      },
    });
  // No alert in the views shown, but some in others: "nothing here right now", not "no alerts yet".
  const counts = query.data?.counts;
  const anyAtAll = !!counts && ALERT_VIEWS.some((v) => counts[v] > 0);
  const columns = useAlertColumns(canWrite ? (a: TAlertRow) => <AlertRowActions alert={a} /> : undefined);
  return (
    <div className="space-y-3">
      {!canWrite && <p className="text-sm text-slate-600">{t.readOnly}</p>}
      <AlertViewSwitch value={views} counts={query.data?.counts} onChange={(v) => list.set({ view: v.join(",") })} />
      <ListPage list={list} query={query} columns={columns} rowKey={(a) => a.id}
        caption={mine ? t.mineTitle : t.caption} searchLabel={t.search} searchPlaceholder={t.searchPlaceholder}
        filters={<>
          <FilterSelect list={list} param="severity" label={t.severity} options={enumOptions(ALERT_SEVERITIES, m.enums.AlertSeverity)} />
          <TeamFilter list={list} label={m.common.fields.team} />
          <FilterSelect list={list} param="tier" label={m.common.fields.tier} options={tierOptions(m.enums.Tier)} />
          <SystemFilter list={list} param="systemId" label={m.interfaces.fields.system} />
        </>}
        filterParams={FILTERS}
        empty={anyAtAll ? { title: t.emptyView } : { title: mine ? t.emptyMine : t.empty, hint: mine ? undefined : t.emptyHint }}
        selection={canWrite ? { selected, onChange, rowLabel: (a) => a.title } : undefined}
        notice={notice && <Banner tone="success">{notice}</Banner>}
        bar={canWrite && selected.size > 0
          ? <AlertBulkBar ids={[...selected]} busy={actions.bulk.isPending} error={actions.bulk.error} onRun={run} onClear={() => setSelected(new Set())} />
          : undefined} />
    </div>
  );
}
