"use client";
import { Fragment, useState } from "react";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { PersonLabel } from "@/components/catalog/people";
import { LastActivity, RecordList, TeamContactLine } from "./finding-parts";
import { ReassignDialog } from "./reassign-dialog";

type Props = {
  finding: TGapFinding;
  busFactor: number;
  canWrite: boolean;
  onFixed: (name: string) => void;
};

/** What is wrong, in the finding's own terms: what is missing, who left, what is at stake, since when. */
export function FindingDetails({ finding, busFactor, canWrite, onFixed }: Props) {
  const { m, locale } = useI18n();
  const t = m.ownership.details;
  const f = m.common.fields;
  const [reassign, setReassign] = useState<TGapFinding["records"][number] | null>(null);
  // `records` is capped (100 systems / 20 records); the total says how many there really are.
  const total = Math.max(finding.recordsTotal ?? 0, finding.records.length);
  const more = total > finding.records.length
    ? <p className="mt-1 text-xs text-slate-500">{fmt(t.moreRecords, { count: total - finding.records.length })}</p>
    : null;

  switch (finding.rule) {
    case "system-unowned":
    case "interface-unowned": {
      const fields = new Intl.ListFormat(locale, { type: "conjunction" }).format(finding.missing.map((k) => f[k].toLowerCase()));
      return <p className="text-slate-700">{fmt(finding.rule === "interface-unowned" ? t.missingInherited : t.missing, { fields })}</p>;
    }
    case "deactivated-owner":
      return (
        <ul className="space-y-1">
          {finding.owners.map((o) => (
            <li key={`${o.role}-${o.user.id}`} className="flex flex-wrap items-center gap-1.5 text-slate-700">
              <span>{fmt(t.deactivated, { role: f[o.role].toLowerCase() })}</span>
              <PersonLabel user={o.user} />
            </li>
          ))}
          {finding.owners.some((o) => o.role === "technicalOwner") && (
            <li className="flex flex-wrap items-center gap-1.5 text-slate-600">
              <span>{finding.alertsGoTo.length ? t.alertsGoTo : t.alertsGoToChannels}</span>
              {finding.alertsGoTo.map((u) => <PersonLabel key={u.id} user={u} />)}
            </li>
          )}
        </ul>
      );
    case "team-no-active-member":
      return <p className="text-slate-700">{t.noActiveMember}</p>;
    case "team-no-lead":
      return <p className="text-slate-700">{t.noLead}</p>;
    case "bus-factor":
      return (
        <div>
          <p className="text-slate-700">{countLabel(locale, total, t.carries, { n: busFactor })}</p>
          <RecordList records={finding.records} label={t.records} action={canWrite ? (r) => (
            <Button variant="ghost" className="px-2 py-0.5 text-xs print:hidden" onClick={() => setReassign(r)}
              aria-label={`${m.ownership.fix.reassign}: ${r.name}`}>
              {m.ownership.fix.reassign}
            </Button>
          ) : undefined} />
          {more}
          {reassign && (
            <ReassignDialog record={reassign} person={finding.subject.name} onClose={() => setReassign(null)} onFixed={onFixed} />
          )}
        </div>
      );
    case "stale":
      return <LastActivity at={finding.lastActivityAt} />;
    case "quiet-team":
      return (
        <Fragment>
          <LastActivity at={finding.lastActivityAt} />
          {finding.records.length > 0 && <RecordList records={finding.records} label={t.records} />}
          {more}
          <TeamContactLine teamId={finding.subject.id} />
        </Fragment>
      );
  }
}
