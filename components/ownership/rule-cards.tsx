"use client";
import { GAP_RULES, QUIET_DAYS, STALE_DAYS, type TGapRule, type TOwnershipGaps } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { countLabel } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";

type Props = {
  counts: TOwnershipGaps["counts"];
  /** The rule the list is filtered to, if any. */
  selected: TGapRule | undefined;
  onSelect: (rule: TGapRule | undefined) => void;
};

/** One card per rule with its count; choosing one filters the list to it (again: all rules). */
export function RuleCards({ counts, selected, onSelect }: Props) {
  const { m, locale } = useI18n();
  const byRule = new Map(counts.map((c) => [c.rule, c.findings]));
  return (
    <ul aria-label={m.ownership.filters.rules} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {GAP_RULES.map((rule) => {
        const count = byRule.get(rule) ?? 0;
        const active = selected === rule;
        const t = m.ownership.rules[rule];
        return (
          <li key={rule}>
            <button type="button" aria-pressed={active} onClick={() => onSelect(active ? undefined : rule)}
              className={cn(
                // print:!flex: the print stylesheet hides every button, but the counts belong on paper.
                "flex h-full w-full flex-col items-start gap-1 rounded-lg border bg-white p-3 text-left hover:border-indigo-300 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 print:!flex",
                active ? "border-indigo-500 ring-1 ring-indigo-500" : "border-slate-200",
              )}>
              <span className="text-xs font-medium text-slate-600">{t.title}</span>
              {/* A bare number (no grouping): scripts and tests read it as one. */}
              <span data-testid={`gap-count-${rule}`}
                className={cn("text-2xl font-semibold tabular-nums", count === 0 ? "text-emerald-700" : "text-slate-900")}>
                {count}
              </span>
              <span className="text-xs text-slate-500">{typeof t.hint === "string" ? t.hint : countLabel(locale, rule === "stale" ? STALE_DAYS : QUIET_DAYS, t.hint)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
