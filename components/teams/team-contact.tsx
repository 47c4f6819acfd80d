"use client";
import type { ReactNode } from "react";
import type { TTeam } from "@/lib/schemas/team";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import { PersonLabel } from "@/components/catalog/people";
import { RecordDates } from "@/components/catalog/record-dates";

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 break-words text-base font-medium text-slate-900">{children}</dd>
    </div>
  );
}

/**
 * How to reach the team — email, chat channel, on-call, leads — at the top of its page: the first
 * thing someone with an incident needs. A missing entry is said plainly, not hidden.
 */
export function TeamContact({ team: t }: { team: TTeam }) {
  const { m } = useI18n();
  const f = m.teams.fields;
  const d = m.teams.detail;
  const notSet = <span className="text-sm font-normal text-amber-700">{d.notSet}</span>;
  const leads = t.members.filter((mb) => mb.role === "LEAD");
  return (
    <Card title={d.reach}>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label={f.contactEmail}>
          {t.contactEmail ? <a href={`mailto:${t.contactEmail}`} className="text-indigo-700 hover:underline">{t.contactEmail}</a> : notSet}
        </Fact>
        <Fact label={f.chatChannel}>
          {!t.chatChannel ? notSet : isUrl(t.chatChannel) ? (
            <a href={t.chatChannel} target="_blank" rel="noopener noreferrer" className="text-indigo-700 hover:underline">{t.chatChannel}</a>
          ) : (
            <code>{t.chatChannel}</code>
          )}
        </Fact>
        <Fact label={f.onCall}>{t.onCall ?? notSet}</Fact>
        <Fact label={d.leads}>
          {leads.length === 0 ? notSet : (
            <span className="flex flex-col gap-0.5">{leads.map((l) => <PersonLabel key={l.user.id} user={l.user} />)}</span>
          )}
        </Fact>
      </dl>
      {t.description && <p className="mt-4 whitespace-pre-line text-sm text-slate-700">{t.description}</p>}
      <RecordDates record={t} />
    </Card>
  );
}
