"use client";
import type { TWaiver } from "@/lib/schemas/waiver";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { localText } from "@/components/standards/local-text";
import type { WaiverAction } from "./decide-dialog";

export type Viewer = { userId: string | undefined; isAdmin: boolean; canWrite: boolean };

/**
 * What this person may do with the waiver. Four eyes: an admin never decides on their own request
 * (the API refuses too); they are told so instead of being offered a button that fails.
 */
export function WaiverActions({ waiver: w, viewer, onAction }: { waiver: TWaiver; viewer: Viewer; onAction: (a: WaiverAction) => void }) {
  const { m, locale } = useI18n();
  const t = m.waivers;
  const own = !!viewer.userId && w.requestedBy.id === viewer.userId;
  const label = (action: string) => fmt(m.compliance.record.actionOn, { action, standard: `${localText(w.standard.text, locale).name} · ${w.subject?.name ?? t.deletedRecord}` });
  const button = (action: WaiverAction, variant: "primary" | "secondary" | "danger" = "secondary") => (
    <Button key={action} variant={variant} className="px-2 py-1 text-xs" onClick={() => onAction(action)} aria-label={label(t.actions[action])}>
      {t.actions[action]}
    </Button>
  );
  const items = [];
  if (w.status === "PENDING") {
    if (viewer.isAdmin && !own) items.push(button("approve", "primary"), button("deny", "danger"));
    if (viewer.isAdmin && own) items.push(<p key="own" className="max-w-48 text-xs text-amber-800" data-testid="four-eyes">{t.ownRequest}</p>);
    if (own && viewer.canWrite) items.push(button("withdraw"));
  }
  if (w.status === "APPROVED" && !w.expired && viewer.isAdmin) items.push(button("revoke"));
  return items.length ? <div className="flex flex-wrap items-center gap-1.5">{items}</div> : <span className="text-slate-400">—</span>;
}
