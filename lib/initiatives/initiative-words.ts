import type { TInitiative } from "@/lib/schemas/initiative";
import type { Messages } from "@/lib/i18n/messages";
import { countLabel, fmt } from "@/lib/i18n/format";

/**
 * The scope in a few words for the list: "Interfaces · tier 0 · 2 teams". Tiers and teams are
 * what goals are usually drawn along; any other narrowing is counted, the page spells it out.
 */
export function scopeSummary(i: Pick<TInitiative, "appliesTo" | "scope">, m: Messages, locale: string): string {
  const t = m.initiatives.scope;
  const parts: string[] = [m.enums.SubjectType[i.appliesTo]];
  const { tiers, teamIds, ...rest } = i.scope;
  if (tiers?.length) parts.push(fmt(t.tiers, { values: [...tiers].sort().join(", ") }));
  if (teamIds?.length) parts.push(countLabel(locale, teamIds.length, t.teams));
  const others = Object.values(rest).filter((v) => Array.isArray(v) && v.length > 0).length;
  if (others > 0) parts.push(countLabel(locale, others, t.more));
  return parts.length === 1 ? fmt(t.all, { subject: parts[0].toLocaleLowerCase(locale) }) : parts.join(" · ");
}

const DAY_MS = 86_400_000;

/** Days from today (UTC, as deadlines are stored) to the deadline: negative once it has passed. */
export function daysLeft(deadline: string, now = new Date()): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - today) / DAY_MS);
}

/** "12 days left", "Due today", "Deadline passed". */
export function dueLabel(deadline: string, m: Messages, locale: string, now?: Date): string {
  const days = daysLeft(deadline, now);
  const t = m.initiatives.due;
  if (days < 0) return t.overdue;
  if (days === 0) return t.today;
  return countLabel(locale, days, t.days);
}
