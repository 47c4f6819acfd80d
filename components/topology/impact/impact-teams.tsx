"use client";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TImpactResult } from "@/lib/schemas/impact";

type Team = TImpactResult["teams"][number];
type Props = { teams: Team[]; total: number };

/** Teams shown before "Show all": the first few are whom to call first, and the list must not push the systems out of view. */
const FIRST_TEAMS = 3;

function Contact({ label, value, href }: { label: string; value: string | null; href?: string }) {
  const { m } = useI18n();
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words text-slate-800">
        {!value ? (
          <span className="text-slate-400">{m.impact.people.notSet}</span>
        ) : href ? (
          <a href={href} className="text-indigo-700 hover:underline">{value}</a>
        ) : (
          value
        )}
      </dd>
    </>
  );
}

/** "People to call": the teams owning affected systems, nearest first, with how to reach them now. */
export function ImpactTeams({ teams, total }: Props) {
  const { m, locale } = useI18n();
  const t = m.impact.people;
  const headingId = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? teams : teams.slice(0, FIRST_TEAMS);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-800">{t.title}</h3>
      <p className="mb-2 text-xs text-slate-500">{t.hint}</p>
      {teams.length === 0 ? (
        <p className="text-sm text-amber-700">{t.none}</p>
      ) : (
        <ul className="space-y-2">
          {shown.map((team) => (
            <li key={team.id} className="rounded-md border border-slate-200 px-3 py-2 text-sm">
              <Link href={`/teams/${team.id}`} className="font-medium text-indigo-700 hover:underline">{team.name}</Link>
              <p className="text-xs text-slate-500">
                {countLabel(locale, team.systems, t.affected)} · {countLabel(locale, team.nearestDistance, t.nearest)}
              </p>
              <dl className="mt-1.5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
                <Contact label={t.onCall} value={team.onCall} />
                <Contact label={t.chat} value={team.chatChannel} />
                <Contact label={t.email} value={team.contactEmail} href={team.contactEmail ? `mailto:${team.contactEmail}` : undefined} />
              </dl>
            </li>
          ))}
        </ul>
      )}
      {shown.length < teams.length && (
        <Button variant="ghost" className="mt-1 w-full text-indigo-700" onClick={() => setExpanded(true)}>
          {countLabel(locale, teams.length, t.showAll)}
        </Button>
      )}
      {expanded && total > teams.length && <p className="mt-2 text-xs text-slate-500">{countLabel(locale, total - teams.length, t.more)}</p>}
    </section>
  );
}
