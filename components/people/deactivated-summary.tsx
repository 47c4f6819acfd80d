"use client";
import Link from "next/link";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import type { TUserDeactivateResult } from "@/lib/schemas/user";

/** What the deactivation did: signed out, what was handed over or left as gaps, teams now without a lead. */
export function DeactivatedSummary({ result, owned }: { result: TUserDeactivateResult; owned: number }) {
  const { m, locale } = useI18n();
  const t = m.people.handover;
  return (
    <span className="space-y-1">
      <span className="block">{m.people.admin.deactivated}</span>
      {(owned > 0 || result.handedOver + result.leftAsGaps > 0) && (
        <span className="block">{fmt(t.done, { handed: result.handedOver, gaps: countLabel(locale, result.leftAsGaps, t.gaps) })}</span>
      )}
      {result.teamsWithoutLead.length > 0 && (
        <span className="block">
          {t.withoutLead}{" "}
          {result.teamsWithoutLead.map((team, i) => (
            <span key={team.id}>
              {i > 0 && ", "}
              <Link href={`/teams/${team.id}`} className="font-medium underline">{team.name}</Link>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
