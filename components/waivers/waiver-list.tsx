"use client";
import { useState } from "react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { WAIVER_STATUSES } from "@/lib/schemas/enums";
import type { TWaiver } from "@/lib/schemas/waiver";
import { useListParams } from "@/hooks/use-list-params";
import { useI18n } from "@/lib/i18n/client";
import { meQuery } from "@/lib/queries/people";
import { waiverListQuery } from "@/lib/queries/compliance";
import { Banner } from "@/components/ui/feedback";
import { Checkbox, Select } from "@/components/ui/field";
import { SearchInput } from "@/components/ui/search-input";
import { enumOptions } from "@/components/catalog/enum-options";
import { DecideDialog, type WaiverAction } from "./decide-dialog";
import { useWaiverColumns } from "./waiver-columns";
import { WaiverSection } from "./waiver-section";

const SOON_DAYS = 30;

/**
 * /waivers: by status, or the granted ones ending within 30 days. Admins see what awaits their
 * decision first; the requester may withdraw a pending request.
 */
export function WaiverList({ isAdmin, canWrite }: { isAdmin: boolean; canWrite: boolean }) {
  const { m } = useI18n();
  const t = m.waivers;
  const list = useListParams({ sort: "createdAt", pageSize: 50 });
  const { q, status, expiring, page, pageSize } = list.params;
  const me = useQuery({ ...meQuery(), enabled: canWrite });
  const [open, setOpen] = useState<{ waiver: TWaiver; action: WaiverAction } | null>(null);
  const [notice, setNotice] = useState<string>();
  const columns = useWaiverColumns({ userId: me.data?.id, isAdmin, canWrite }, (waiver, action) => { setNotice(undefined); setOpen({ waiver, action }); });

  // Admins without a filter: the pending requests on top, everything decided below.
  const split = isAdmin && !status && !expiring;
  const filters: Record<string, string | number> = { page, pageSize };
  if (q) filters.q = q;
  if (expiring) filters.expiringWithinDays = SOON_DAYS;
  else if (status) filters.status = status;
  else if (split) filters.status = "APPROVED,DENIED,REVOKED";
  const pendingParams: Record<string, string | number> = { status: "PENDING", pageSize: 200, ...(q ? { q } : {}) };
  const pending = useQuery({ ...waiverListQuery(pendingParams), enabled: split });
  const rest = useQuery({ ...waiverListQuery(filters), placeholderData: keepPreviousData });

  return (
    <div className="space-y-4">
      <div role="search" aria-label={m.systems.shared.filters} className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-3">
        <SearchInput value={q ?? ""} onChange={(text) => list.set({ q: text })} label={t.search} />
        <label className="flex w-48 flex-col gap-1">
          <span className="text-xs font-medium text-slate-600">{t.columns.status}</span>
          {/* One or the other: "ending soon" means approved, so it replaces the status filter. */}
          <Select value={expiring ? "" : (status ?? "")} onChange={(e) => list.set({ status: e.target.value, expiring: undefined })}>
            <option value="">{m.systems.shared.any}</option>
            {enumOptions(WAIVER_STATUSES, m.enums.WaiverStatus).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </Select>
        </label>
        <div className="pb-1.5">
          <Checkbox label={t.expiringSoon} checked={!!expiring} onChange={(e) => list.set({ expiring: e.target.checked ? "1" : undefined, status: undefined })} />
        </div>
      </div>
      {notice && <Banner tone="success">{notice}</Banner>}
      {split && (
        <WaiverSection title={t.pending} hint={t.pendingHint} query={pending} columns={columns} emptyTitle={t.pendingEmpty} testId="pending-waivers" />
      )}
      <WaiverSection title={split ? t.decided : t.all} query={rest} columns={columns} list={list} testId="waivers"
        emptyTitle={status || expiring ? m.common.states.noMatches : t.empty} emptyHint={status || expiring ? undefined : t.emptyHint} />
      {open && (
        <DecideDialog key={`${open.waiver.id}-${open.action}`} waiver={open.waiver} action={open.action} onClose={() => setOpen(null)}
          onDone={(message) => { setOpen(null); setNotice(message); }} />
      )}
    </div>
  );
}
