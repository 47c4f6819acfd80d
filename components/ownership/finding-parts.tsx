"use client";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatDate } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { recordHref } from "@/components/catalog/record-fix";
import { teamDetailQuery } from "@/lib/queries/teams";

type Subject = TGapFinding["subject"];
type TRecordRef = TGapFinding["records"][number];

const SUBJECT_BASE: { [K in Subject["type"]]: string } = { SYSTEM: "/systems", INTERFACE: "/interfaces", TEAM: "/teams", USER: "/people" };
const SEVERITY_TONES = { high: "red", medium: "amber", low: "slate" } as const;

export const subjectHref = (s: Subject) => `${SUBJECT_BASE[s.type]}/${s.id}`;

/** What the finding is about: kind, name (a link to its page), key and tier. */
export function SubjectCell({ subject: s }: { subject: Subject }) {
  const { m } = useI18n();
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <span className="text-xs text-slate-500">{m.ownership.subjectType[s.type]}</span>
      <Link href={subjectHref(s)} className="font-medium text-indigo-700 hover:underline">{s.name}</Link>
      <span className="flex flex-wrap items-center gap-1.5">
        {s.key && <code className="text-xs text-slate-500">{s.key}</code>}
        {s.tier !== null && <TierBadge tier={s.tier} />}
      </span>
    </div>
  );
}

export function SeverityBadge({ severity }: { severity: TGapFinding["severity"] }) {
  const { m } = useI18n();
  return <span className="whitespace-nowrap"><Badge tone={SEVERITY_TONES[severity]}>{m.ownership.severity[severity]}</Badge></span>;
}

/** "Last activity 3 Jan 2025 (200 days ago)", or that there was none. */
export function LastActivity({ at }: { at: string | null }) {
  const { m, locale } = useI18n();
  const t = m.ownership.details;
  if (!at) return <p className="text-slate-600">{t.neverActive}</p>;
  const date = new Date(at);
  const days = Math.max(0, Math.floor((nowMs() - date.getTime()) / 86_400_000));
  return (
    <p className="text-slate-600">
      {countLabel(locale, days, t.lastActivity, { date: formatDate(date, locale) })}
    </p>
  );
}

// Read once per render of a finding: the page is client-rendered after its data arrives, so the
// server and browser never disagree about "now".
const nowMs = () => Date.now();

/** Records shown before "Show all": a person may carry a hundred systems. */
const FIRST = 5;

/** The records a finding concerns, each a link with its tier, and an optional action beside it. */
export function RecordList({ records, label, action }: { records: TRecordRef[]; label: string; action?: (r: TRecordRef) => ReactNode }) {
  const { m } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? records : records.slice(0, FIRST);
  return (
    <>
      <ul aria-label={label} className="mt-1.5 space-y-1">
        {shown.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <TierBadge tier={r.tier} />
            <Link href={recordHref(r.type, r.id)} className="text-indigo-700 hover:underline">{r.name}</Link>
            <code className="text-xs text-slate-500">{r.key}</code>
            {action?.(r)}
          </li>
        ))}
      </ul>
      {records.length > FIRST && !all && (
        <p className="mt-1 hidden text-xs text-slate-500 print:block">{fmt(m.ownership.details.moreRecords, { count: records.length - FIRST })}</p>
      )}
      {records.length > FIRST && (
        <button type="button" onClick={() => setAll(!all)} aria-expanded={all}
          className="mt-1 text-xs font-medium text-indigo-700 hover:underline print:hidden">
          {all ? m.ownership.details.showFewer : fmt(m.ownership.details.showAll, { count: records.length })}
        </button>
      )}
    </>
  );
}

/** How to reach a quiet team: the people to ask whether it still exists. */
export function TeamContactLine({ teamId }: { teamId: string }) {
  const { m } = useI18n();
  const t = m.ownership.details;
  const f = m.teams.fields;
  const team = useQuery({ ...teamDetailQuery(teamId), staleTime: 60_000 });
  if (!team.data) return null;
  const { contactEmail, chatChannel, onCall } = team.data;
  if (!contactEmail && !chatChannel && !onCall) return <p className="mt-1.5 text-xs text-slate-500">{t.noContact}</p>;
  return (
    <p className="mt-1.5 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
      <span className="font-medium">{t.contact}:</span>
      {contactEmail && <a href={`mailto:${contactEmail}`} className="text-indigo-700 hover:underline">{contactEmail}</a>}
      {chatChannel && <span>{f.chatChannel} {chatChannel}</span>}
      {onCall && <span>{f.onCall} {onCall}</span>}
    </p>
  );
}
