"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { policyListQuery } from "@/lib/queries/notify";
import type { TEscalationPolicy } from "@/lib/schemas/notify-escalation";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { PolicyCard } from "./policy-card";
import { PolicyForm } from "./policy-form";

/** /settings/escalation: every policy (the default first); admins create and edit, one form at a time. */
export function EscalationView({ canManage }: { canManage: boolean }) {
  const { m } = useI18n();
  const t = m.notify.escalation;
  const list = useQuery(policyListQuery());
  const [editing, setEditing] = useState<TEscalationPolicy | "new" | null>(null);
  if (list.isPending) return <Spinner />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <div className="space-y-4">
      {!canManage && <p className="text-sm text-slate-600">{t.readOnly}</p>}
      {canManage && (editing
        ? <PolicyForm key={editing === "new" ? "new" : editing.id} policy={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
        : <Button onClick={() => setEditing("new")}>{t.add}</Button>)}
      {list.data.items.length === 0 ? <EmptyState title={t.empty} /> : list.data.items.map((p) => (
        <PolicyCard key={p.id} policy={p} canManage={canManage} onEdit={() => setEditing(p)} />
      ))}
    </div>
  );
}
