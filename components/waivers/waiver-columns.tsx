"use client";
import Link from "next/link";
import type { TWaiver } from "@/lib/schemas/waiver";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import { PersonLabel } from "@/components/catalog/people";
import { localText } from "@/components/standards/local-text";
import { WaiverActions, type Viewer } from "./waiver-actions";
import type { WaiverAction } from "./decide-dialog";

const STATUS_TONES = { PENDING: "amber", APPROVED: "emerald", DENIED: "red", REVOKED: "slate" } as const;

export function useWaiverColumns(viewer: Viewer, onAction: (w: TWaiver, a: WaiverAction) => void): Column<TWaiver>[] {
  const { m, locale } = useI18n();
  const t = m.waivers;
  const c = t.columns;
  const date = (iso: string) => formatDate(iso, locale);
  return [
    {
      id: "standard", header: c.standard,
      cell: (w) => (
        <div className="flex flex-col">
          <Link href={`/standards/${w.standard.id}`} className="font-medium text-indigo-700 hover:underline">{localText(w.standard.text, locale).name}</Link>
          <code className="text-xs text-slate-500">{w.standard.key}</code>
        </div>
      ),
    },
    {
      id: "record", header: c.record,
      cell: (w) => w.subject ? (
        <div className="flex flex-col">
          <Link href={`/${w.subjectType === "SYSTEM" ? "systems" : "interfaces"}/${w.subject.id}`} className="text-indigo-700 hover:underline">{w.subject.name}</Link>
          <span className="text-xs text-slate-500">{m.enums.SubjectType[w.subjectType]}</span>
        </div>
      ) : <span className="text-slate-400">{t.deletedRecord}</span>,
    },
    { id: "reason", header: c.reason, className: "max-w-xs", cell: (w) => <p className="line-clamp-3 whitespace-pre-line text-slate-700" title={w.reason}>{w.reason}</p> },
    {
      id: "expires", header: c.expires,
      cell: (w) => (
        <span className="whitespace-nowrap">
          {date(w.expiresAt)}
          {w.expired && <span className="ml-1.5"><Badge>{t.ended}</Badge></span>}
        </span>
      ),
    },
    { id: "status", header: c.status, cell: (w) => <Badge tone={STATUS_TONES[w.status]}>{m.enums.WaiverStatus[w.status]}</Badge> },
    {
      id: "requestedBy", header: c.requestedBy,
      cell: (w) => <div className="flex flex-col"><PersonLabel user={w.requestedBy} /><span className="text-xs text-slate-500">{date(w.createdAt)}</span></div>,
    },
    {
      id: "decision", header: c.decision, className: "max-w-xs",
      cell: (w) => w.decidedBy ? (
        <div className="flex flex-col">
          <span>{fmt(t.decidedBy, { name: w.decidedBy.name, date: w.decidedAt ? date(w.decidedAt) : "" })}</span>
          {w.decisionNote && <span className="line-clamp-2 text-xs text-slate-500" title={w.decisionNote}>{w.decisionNote}</span>}
        </div>
      ) : <span className="text-slate-400">—</span>,
    },
    { id: "actions", header: c.actions, cell: (w) => <WaiverActions waiver={w} viewer={viewer} onAction={(a) => onAction(w, a)} /> },
  ];
}
