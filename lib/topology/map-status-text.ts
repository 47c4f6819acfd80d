// The map's status line in words: what is drawn against what the filtered estate holds, and the
// group pairs left undrawn. Every count in its own counted phrase ("1 system", "2 systems"), so a
// sentence holding several counts gets each one's form right. Pure, for unit tests per locale.
import { countLabel, fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

type Counts = { systems: number; interfaces: number };

export type MapStatusTextOptions = {
  t: Messages["topology"]["status"];
  locale: string;
  /** Groups (the collapsed overview) stand for the estate; otherwise systems are drawn. */
  groups: number | null;
  drawn: Counts;
  totals: Counts;
  omitted: { pairs: number; interfaces: number };
};

export function mapStatusText({ t, locale, groups, drawn, totals, omitted }: MapStatusTextOptions): { summary: string; omitted: string | null } {
  const systems = (n: number) => countLabel(locale, n, t.systemCount);
  const interfaces = (n: number) => countLabel(locale, n, t.interfaceCount);
  const summary = groups !== null
    ? countLabel(locale, groups, t.groups, { systems: systems(totals.systems), interfaces: interfaces(totals.interfaces) })
    : fmt(t.systems, {
      systems: systems(drawn.systems), interfaces: interfaces(drawn.interfaces),
      totalSystems: systems(totals.systems), totalInterfaces: interfaces(totals.interfaces),
    });
  return {
    summary,
    omitted: omitted.pairs > 0 ? countLabel(locale, omitted.pairs, t.omitted, { interfaces: interfaces(omitted.interfaces) }) : null,
  };
}
