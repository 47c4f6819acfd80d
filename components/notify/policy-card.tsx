"use client";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import type { TEscalationPolicy } from "@/lib/schemas/notify-escalation";
import { Badge } from "@/components/ui/feedback";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { DeleteButton } from "./delete-button";
import { useDeletePolicy } from "./use-notify";

/** One policy: what it covers, its steps in order, how often it repeats; edit and delete for admins. */
export function PolicyCard({ policy: p, canManage, onEdit }: { policy: TEscalationPolicy; canManage: boolean; onEdit: () => void }) {
  const { m, locale } = useI18n();
  const t = m.notify.escalation;
  const remove = useDeletePolicy();
  const covers = p.team && p.tier !== null ? fmt(t.coversTeamTier, { team: p.team.name, tier: p.tier })
    : p.team ? fmt(t.coversTeam, { team: p.team.name })
      : p.tier !== null ? fmt(t.coversTier, { tier: p.tier })
        : p.isDefault ? t.coversDefault : t.coversNothing;
  const title = <span className="flex items-center gap-2">{p.name}{p.isDefault && <Badge tone="indigo">{t.isDefault}</Badge>}</span>;
  const actions = canManage ? (
    <div className="flex gap-1">
      <Button variant="ghost" aria-label={`${t.edit}: ${p.name}`} onClick={onEdit}>{t.edit}</Button>
      {!p.isDefault && <DeleteButton id={p.id} label={t.delete} title={fmt(t.deleteTitle, { name: p.name })} body={t.deleteBody} busyLabel={t.deleting} remove={remove} />}
    </div>
  ) : undefined;
  return (
    <Card title={title} actions={actions}>
      <p className="text-sm text-slate-600">{t.covers}: {covers}{p.isDefault && (p.team || p.tier !== null) ? ` · ${t.coversDefault}` : ""}</p>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm text-slate-800">
        {p.steps.map((s, i) => (
          <li key={i}>{fmt(t.stepLine, { wait: s.waitMinutes, target: s.target === "USER" && s.user ? s.user.name : t.targets[s.target] })}</li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-slate-500">{p.repeatCount ? countLabel(locale, p.repeatCount, t.repeat) : t.noRepeat} · {t.fallThrough}</p>
    </Card>
  );
}
