"use client";
import { AUDIT_ACTIONS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { useListParams } from "@/hooks/use-list-params";
import { ENTITY_TYPES } from "@/lib/schemas/enums";
import { READER_AUDIT_ENTITY_TYPES, SECURITY_AUDIT_ACTIONS } from "@/lib/schemas/audit";
import { Pagination } from "@/components/ui/data-table";
import { Banner, EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { useAuditLog } from "./use-audit-log";
import { auditPeriod } from "@/lib/audit-period";
import type { AuditEntityType } from "@/lib/queries/audit";


/** The global audit log: filters in the URL, newest first, a diff per entry on demand. */
export function AuditLog({ canSeeAll }: { canSeeAll: boolean }) {
  const { m } = useI18n();
  const { params, set, clear } = useListParams({ sort: "-at", pageSize: 50 });
  const entityTypes: readonly AuditEntityType[] = canSeeAll ? ENTITY_TYPES : READER_AUDIT_ENTITY_TYPES;
  // Security events are the admins' business: the others are not offered actions they cannot see.
  const actions = canSeeAll ? AUDIT_ACTIONS : AUDIT_ACTIONS.filter((a) => !(SECURITY_AUDIT_ACTIONS as readonly string[]).includes(a));
  // Only values the API accepts leave the URL: a hand-edited link shows everything rather than a 400.
  const entityType = entityTypes.find((type) => type === params.entityType);
  const action = actions.find((a) => a === params.action);
  const period = auditPeriod(params.from, params.to);
  const log = useAuditLog({
    entityType,
    action,
    entityId: params.entityId || undefined,
    actorUserId: params.actorUserId || undefined,
    from: period.from,
    to: period.to,
    page: params.page,
    pageSize: params.pageSize,
  }, !period.reversed);
  const entries = log.data?.items ?? [];
  const filtered = Boolean(entityType || action || params.entityId || params.actorUserId || period.from || period.to);

  return (
    <div>
      <AuditFilters params={params} set={set} clear={clear} entityTypes={entityTypes} actions={actions} reversed={period.reversed} />
      {params.entityId && (
        <div className="mb-3">
          <Banner tone="info">
            {m.audit.filters.entity}: <code className="text-xs">{params.entityId}</code>{" "}
            <Button variant="ghost" onClick={() => set({ entityId: undefined })}>{m.common.actions.clearFilters}</Button>
          </Banner>
        </div>
      )}
      {period.reversed ? null : log.isPending ? (
        <Spinner />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => log.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState title={filtered ? m.common.states.noMatches : m.audit.empty}>
          {filtered && <Button variant="secondary" onClick={clear}>{m.common.actions.clearFilters}</Button>}
        </EmptyState>
      ) : (
        <div aria-busy={log.isFetching} className={log.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <AuditTable entries={entries} />
        </div>
      )}
      {!period.reversed && log.data && log.data.total > 0 && (
        <Pagination page={log.data.page} pageSize={log.data.pageSize} total={log.data.total}
          onPage={(page) => set({ page })} onPageSize={(pageSize) => set({ pageSize })} />
      )}
    </div>
  );
}
