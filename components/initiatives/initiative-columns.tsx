"use client";
import Link from "next/link";
import type { TInitiative } from "@/lib/schemas/initiative";
import type { Column } from "@/components/ui/data-table";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";
import { daysLeft, dueLabel, scopeSummary } from "@/lib/initiatives/initiative-words";
import { cn } from "@/components/ui/cn";
import { LevelBadge } from "@/components/compliance/compliance-marks";
import { ProgressBar } from "./progress-bar";

function Deadline({ initiative: i }: { initiative: TInitiative }) {
  const { m, locale } = useI18n();
  // Late and not done: worth a colour; done, the date is just history.
  const late = daysLeft(i.deadline) < 0 && i.progress.ratio < 1;
  return (
    <span className="whitespace-nowrap">
      {formatDate(`${i.deadline}T00:00:00Z`, locale)}
      <span className={cn("block text-xs", late ? "font-medium text-red-700" : "text-slate-500")}>{dueLabel(i.deadline, m, locale)}</span>
    </span>
  );
}

/** The list's columns: name, scope, target, deadline (time left) and progress now. */
export function useInitiativeColumns(): Column<TInitiative>[] {
  const { m, locale } = useI18n();
  const c = m.initiatives.columns;
  return [
    {
      id: "name", header: c.name, sort: "name",
      cell: (i) => <Link href={`/initiatives/${i.id}`} className="font-medium text-indigo-700 hover:underline">{i.name}</Link>,
    },
    { id: "scope", header: c.scope, cell: (i) => <span className="text-slate-700">{scopeSummary(i, m, locale)}</span> },
    { id: "target", header: c.target, sort: "targetLevel", cell: (i) => <LevelBadge level={i.targetLevel} /> },
    { id: "deadline", header: c.deadline, sort: "deadline", cell: (i) => <Deadline initiative={i} /> },
    { id: "progress", header: c.progress, className: "w-64", cell: (i) => <ProgressBar progress={i.progress} label={`${c.progress}: ${i.name}`} /> },
  ];
}
