"use client";
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { deliveryListQuery } from "@/lib/queries/notify";
import { DELIVERY_STATES, type TDeliveryState } from "@/lib/schemas/notify-delivery";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { DeliveriesTable } from "./deliveries-table";

/** /alerts/deliveries: the outbox, newest first, filtered by state; dead-lettered ones retried by admins. */
export function DeliveriesView({ canRetry }: { canRetry: boolean }) {
  const { m } = useI18n();
  const t = m.notify.deliveries;
  const [state, setState] = useState<TDeliveryState | "">("");
  const [page, setPage] = useState(1);
  const log = useQuery({ ...deliveryListQuery({ state: state || undefined, page }), placeholderData: keepPreviousData });
  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / log.data.pageSize)) : 1;
  return (
    <div className="space-y-4">
      <div className="w-56">
        <Field label={t.state}>
          {(id) => (
            <Select id={id} value={state} onChange={(e) => { setState(e.target.value as TDeliveryState | ""); setPage(1); }}>
              <option value="">{t.allStates}</option>
              {DELIVERY_STATES.map((s) => <option key={s} value={s}>{t.states[s]}</option>)}
            </Select>
          )}
        </Field>
      </div>
      {log.isPending ? <Spinner /> : log.isError ? <ErrorState error={log.error} onRetry={() => log.refetch()} />
        : log.data.items.length === 0 ? <EmptyState title={t.empty}>{t.emptyHint}</EmptyState> : (
          <>
            <DeliveriesTable items={log.data.items} canRetry={canRetry} />
            {pages > 1 && (
              <nav className="flex items-center gap-3 text-sm" aria-label={t.caption}>
                <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t.previous}</Button>
                <span>{fmt(t.pageOf, { page, pages })}</span>
                <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t.next}</Button>
              </nav>
            )}
          </>
        )}
    </div>
  );
}
