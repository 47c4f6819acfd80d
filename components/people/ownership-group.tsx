"use client";
import { useState } from "react";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TOwnershipTeam, TUserOwnership } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { LifecycleBadge, TierBadge } from "@/components/catalog/catalog-badges";

const STEP = 25;

export const recordHref = (o: Pick<TUserOwnership, "entityType" | "id">) => `/${o.entityType === "SYSTEM" ? "systems" : "interfaces"}/${o.id}`;

/** One role's ownerships (already sorted by tier, then name), 25 at a time: a person can own thousands. */
export function OwnershipGroup({ title, items, teams }: { title: string; items: TUserOwnership[]; teams: ReadonlyMap<string, TOwnershipTeam> }) {
  const { m } = useI18n();
  const t = m.people.ownership;
  const [shown, setShown] = useState(STEP);
  return (
    <section aria-label={title} className="space-y-1">
      <h3 className="text-sm font-medium text-slate-700">
        {title} <span className="font-normal text-slate-500">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">{t.noneInGroup}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-100">
            {items.slice(0, shown).map((o) => {
              const team = o.teamId ? teams.get(o.teamId) : undefined;
              return (
                <li key={`${o.id}:${o.role}`} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span className="flex min-w-0 flex-wrap items-center gap-2">
                    <TierBadge tier={o.tier} />
                    <Link href={recordHref(o)} className="font-medium text-indigo-700 hover:underline">{o.name}</Link>
                    <code className="text-xs text-slate-500">{o.key}</code>
                  </span>
                  <span className="flex items-center gap-2 text-xs text-slate-600">
                    {team ? (
                      <Link href={`/teams/${team.id}`} className="text-indigo-700 hover:underline">{team.name}</Link>
                    ) : (
                      <span className="text-amber-700">{t.noTeam}</span>
                    )}
                    <LifecycleBadge lifecycle={o.lifecycle} />
                  </span>
                </li>
              );
            })}
          </ul>
          {items.length > shown && (
            <div className="flex items-center gap-3 pt-1">
              <p className="text-xs text-slate-500">{fmt(t.more, { shown, total: items.length })}</p>
              <Button variant="ghost" onClick={() => setShown((n) => n + STEP)}>
                {fmt(t.showMore, { count: Math.min(STEP, items.length - shown) })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
