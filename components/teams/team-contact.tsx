"use client";
import type { TTeam } from "@/lib/schemas/team";
import { useI18n } from "@/lib/i18n/client";
import { Card, DescriptionList } from "@/components/ui/page-header";
import { RecordDates } from "@/components/catalog/record-dates";

/** How to reach the team: email, chat channel, on-call. */
export function TeamContact({ team: t }: { team: TTeam }) {
  const { m } = useI18n();
  const f = m.teams.fields;
  return (
    <Card title={m.teams.detail.contact}>
      {t.description && <p className="mb-4 whitespace-pre-line text-sm text-slate-700">{t.description}</p>}
      <DescriptionList stacked items={[
        { label: f.contactEmail, value: t.contactEmail ? <a href={`mailto:${t.contactEmail}`} className="text-indigo-700 hover:underline">{t.contactEmail}</a> : "—" },
        { label: f.chatChannel, value: t.chatChannel ?? "—" },
        { label: f.onCall, value: t.onCall ?? "—" },
      ]} />
      <RecordDates record={t} />
    </Card>
  );
}
