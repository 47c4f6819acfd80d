"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/feedback";
import type { TRef } from "./types";

/**
 * Marks an owner that an interface takes from its provider system. Full: "inherited from <system>"
 * with a link; compact (tables, where the provider is in the row already): a badge naming it on hover.
 */
export function InheritedMark({ from, compact }: { from: TRef; compact?: boolean }) {
  const { m } = useI18n();
  const t = m.ownership.inherited;
  if (compact) {
    return <span title={`${fmt(t.from, { system: from.name })} — ${t.title}`}><Badge>{t.mark}</Badge></span>;
  }
  const [before, after = ""] = t.from.split("{system}");
  return (
    <span title={t.title} className="text-xs text-slate-500" data-testid="inherited-mark">
      {before}
      <Link href={`/systems/${from.id}`} className="text-indigo-700 hover:underline">{from.name}</Link>
      {after}
    </span>
  );
}
