"use client";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { usePeopleOptions } from "@/components/people/use-people";
import type { TAuditAction } from "@/lib/schemas/enums";
import type { AuditEntityType } from "@/lib/queries/audit";

type Props = {
  params: Record<string, string | undefined>;
  set: (changes: Record<string, string | undefined>) => void;
  clear: () => void;
  entityTypes: readonly AuditEntityType[];
  actions: readonly TAuditAction[];
  /** The "to" day is before the "from" day: nothing is sent until it is fixed. */
  reversed: boolean;
};

export function AuditFilters({ params, set, clear, entityTypes, actions, reversed }: Props) {
  const { m } = useI18n();
  const t = m.audit.filters;
  const people = usePeopleOptions();
  const filtered = Boolean(params.entityType || params.entityId || params.actorUserId || params.action || params.from || params.to);
  return (
    <div role="search" aria-label={t.label} className="mb-3 flex flex-wrap items-end gap-3">
      <label className="w-44 space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t.entityType}</span>
        <Select value={params.entityType ?? ""} onChange={(e) => set({ entityType: e.target.value, entityId: undefined })}>
          <option value="">{t.all}</option>
          {entityTypes.map((type) => <option key={type} value={type}>{m.enums.EntityType[type]}</option>)}
        </Select>
      </label>
      <label className="w-44 space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t.action}</span>
        <Select value={params.action ?? ""} onChange={(e) => set({ action: e.target.value })}>
          <option value="">{t.all}</option>
          {actions.map((a) => <option key={a} value={a}>{m.enums.AuditAction[a]}</option>)}
        </Select>
      </label>
      <label className="w-64 space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t.actor}</span>
        <Select value={params.actorUserId ?? ""} onChange={(e) => set({ actorUserId: e.target.value })}>
          <option value="">{t.anyone}</option>
          {people.data?.items.map((p) => <option key={p.id} value={p.id}>{p.name} · {p.email}</option>)}
        </Select>
      </label>
      <label className="w-40 space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t.from}</span>
        <Input type="date" min="1900-01-01" max="9999-12-31" value={params.from ?? ""} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label className="w-40 space-y-1 text-sm">
        <span className="block font-medium text-slate-700">{t.to}</span>
        <Input type="date" min="1900-01-01" max="9999-12-31" value={params.to ?? ""} onChange={(e) => set({ to: e.target.value })}
          aria-invalid={reversed || undefined} aria-describedby={reversed ? "audit-period-error" : undefined} />
      </label>
      {filtered && <Button variant="ghost" onClick={clear}>{m.common.actions.clearFilters}</Button>}
      {reversed && <p id="audit-period-error" role="alert" className="basis-full text-sm text-red-700">{t.reversed}</p>}
    </div>
  );
}
