"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import type { TTeamHealthCard } from "@/lib/schemas/team-health";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt, formatNumber, formatPercent } from "@/lib/i18n/format";
import { formatDuration } from "@/lib/i18n/relative-time";
import { Badge } from "@/components/ui/feedback";
import { cn } from "@/components/ui/cn";

type Tone = "ok" | "warn" | "bad" | "none";
const TONE: Record<Tone, string> = {
  ok: "border-l-emerald-500",
  warn: "border-l-amber-500",
  bad: "border-l-red-500",
  none: "border-l-slate-300 dark:border-l-slate-600",
};

function Figure({ label, value, detail, tone }: { label: string; value: ReactNode; detail: string; tone: Tone }) {
  return (
    <div className={cn("rounded-md border border-l-4 border-slate-200 p-3 dark:border-slate-700", TONE[tone])}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold tabular-nums">{value}</dd>
      <dd className="text-xs text-slate-500">{detail}</dd>
    </div>
  );
}

// Thresholds from DORA's bands (change failure ≤ 15 % is the best band) and our own for the rest.
const cfrTone = (r: number | null): Tone => (r === null ? "none" : r > 0.3 ? "bad" : r > 0.15 ? "warn" : "ok");
const ttrTone = (min: number | null): Tone => (min === null ? "none" : min > 24 * 60 ? "bad" : min > 60 ? "warn" : "ok");
const docsTone = (c: number | null): Tone => (c === null ? "none" : c < 0.5 ? "bad" : c < 0.8 ? "warn" : "ok");

/** One team's health: delivery, recovery, load, documentation and the ownership signals. */
export function TeamHealthCard({ card, linkTeam }: { card: TTeamHealthCard; linkTeam?: boolean }) {
  const { m, locale } = useI18n();
  const t = m.teamHealth;
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section aria-label={`${t.title}: ${card.team.name}`} className="space-y-2" data-testid="team-health-card">
      {(linkTeam || card.quiet) && (
        <div className="flex flex-wrap items-center gap-2">
          {linkTeam && <Link href={`/teams/${card.team.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{card.team.name}</Link>}
          {card.quiet && <Badge tone="red">{t.quiet}</Badge>}
        </div>
      )}
      <dl className="grid grid-cols-2 gap-2 lg:grid-cols-3 xl:grid-cols-6">
        <Figure label={t.changeFailureRate} tone={cfrTone(card.changeFailureRate)}
          value={card.changeFailureRate === null ? "—" : formatPercent(card.changeFailureRate, locale)}
          detail={card.deployments ? fmt(t.changeFailureDetail, { failed: n(card.failedDeployments), deployments: n(card.deployments) }) : t.noDeployments} />
        <Figure label={t.timeToRecover} tone={ttrTone(card.timeToRecoverMinutes)}
          value={card.timeToRecoverMinutes === null ? "—" : formatDuration(card.timeToRecoverMinutes * 60_000, locale)}
          detail={card.recoveries ? countLabel(locale, card.recoveries, t.recoveriesDetail) : t.noRecoveries} />
        <Figure label={t.incidentsPerMember} tone={card.activeMembers === 0 ? "bad" : card.incidentsPerMember && card.incidentsPerMember > 3 ? "warn" : "ok"}
          value={card.incidentsPerMember === null ? "—" : formatNumber(Math.round(card.incidentsPerMember * 10) / 10, locale)}
          detail={card.activeMembers ? fmt(t.incidentsDetail, { incidents: n(card.incidents), members: n(card.activeMembers) }) : t.noMembers} />
        <Figure label={t.alertsPerMember} tone={card.activeMembers === 0 ? "bad" : card.alertIncidentsPerMember && card.alertIncidentsPerMember > 3 ? "warn" : "ok"}
          value={card.alertIncidentsPerMember === null ? "—" : formatNumber(Math.round(card.alertIncidentsPerMember * 10) / 10, locale)}
          detail={card.activeMembers ? fmt(t.alertsDetail, { incidents: n(card.alertIncidents), members: n(card.activeMembers) }) : t.noMembers} />
        <Figure label={t.docs} tone={docsTone(card.docs.completeness)}
          value={card.docs.completeness === null ? "—" : formatPercent(card.docs.completeness, locale)}
          detail={card.docs.expected ? fmt(t.docsDetail, { present: n(card.docs.present), expected: n(card.docs.expected) }) : t.nothingOwned} />
        <Figure label={t.busFactor} tone={card.busFactorPeople > 0 ? "warn" : "ok"} value={n(card.busFactorPeople)}
          detail={card.busFactorPeople ? fmt(t.busFactorDetail, { count: n(card.busFactorPeople) }) : t.busFactorNone} />
      </dl>
    </section>
  );
}
