"use client";
import Link from "next/link";
import type { UseQueryResult } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import type { TDashboard } from "@/lib/schemas/dashboard";
import type { TOwnershipSummary } from "@/lib/schemas/ownership";
import { listHref, ownershipHref, teamHref } from "./dashboard-links";

type Props = { data: TDashboard; ownership: UseQueryResult<TOwnershipSummary>; teamId: string | null };

/** The headline figures, each a link to the list it counts. */
export function FigureCards({ data, ownership, teamId }: Props) {
  const { m, locale } = useI18n();
  const t = m.dashboard.totals;
  const n = (v: number) => v.toLocaleString(locale);
  const score = ownership.data?.score;
  const tiles = [
    { label: t.systems, value: n(data.totals.systems), href: listHref("/systems", {}, teamId) },
    { label: t.interfaces, value: n(data.totals.interfaces), href: listHref("/interfaces", {}, teamId) },
    { label: t.teams, value: n(data.totals.teams), href: teamId ? teamHref(teamId) : "/teams" },
    { label: teamId ? t.members : t.people, value: n(data.totals.people), href: teamId ? teamHref(teamId) : "/people" },
    {
      label: t.ownershipScore,
      value: score ? `${Math.round(score.score)}%` : ownership.isPending ? "…" : "—",
      detail: score
        ? countLabel(locale, score.records, t.ownershipDetail, { complete: n(score.completeRecords) })
        : ownership.isError ? t.ownershipUnavailable : undefined,
      href: ownershipHref({}, teamId),
    },
  ];
  return (
    <div className="dashboard-figures grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <Link key={tile.label} href={tile.href} className="rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300 focus-visible:outline-2 focus-visible:outline-indigo-500">
          <div className="text-sm text-slate-500">{tile.label}</div>
          <div className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{tile.value}</div>
          {tile.detail && <div className="mt-0.5 text-xs text-slate-500">{tile.detail}</div>}
        </Link>
      ))}
    </div>
  );
}
