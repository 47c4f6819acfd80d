"use client";
import Link from "next/link";
import type { THealthRow } from "@/lib/schemas/health-views";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";
import { AtRiskBadge, Since, StateBadge } from "./health-marks";

/** DOWN, DEGRADED and NO_DATA records, tier 0 and 1 first, with since when. */
export function HealthProblems({ rows, base }: { rows: THealthRow[]; base: "/systems" | "/interfaces" }) {
  const { m } = useI18n();
  return (
    <Card title={m.health.problems.title}>
      <p className="-mt-2 mb-2 text-xs text-slate-500">{m.health.problems.hint}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500" data-testid="no-problems">{m.health.problems.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="health-problems">
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5 text-sm" data-testid="health-problem">
              <StateBadge state={r.state} />
              <span className="rounded bg-slate-100 px-1 text-[10px] font-bold text-slate-700" title={m.enums.Tier[r.tier as 0 | 1 | 2 | 3]}>T{r.tier}</span>
              <Link href={`${base}/${r.id}`} className="font-medium text-indigo-700 hover:underline">{r.name}</Link>
              {r.atRisk && <AtRiskBadge />}
              <span className="ml-auto text-xs"><Since at={r.since} /></span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
