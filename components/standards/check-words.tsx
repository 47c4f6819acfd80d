"use client";
import type { TCheck, TScope } from "@/lib/schemas/standard";
import type { TSubjectType } from "@/lib/schemas/enums";
import type { Messages } from "@/lib/i18n/messages";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { ConditionText, ValueText } from "./condition-words";

/** A check in words: its conditions as sentences, or what the contract lint or attestation asks. */
export function CheckWords({ check }: { check: TCheck }) {
  const { m, locale } = useI18n();
  const w = m.standards.words;
  if (check.kind === "CONTRACT") {
    const rules = check.rules.length ? fmt(w.theseRules, { rules: check.rules.join(", ") }) : w.anyRule;
    return <p className="text-sm text-slate-700">{fmt(w.contract, { rules, level: check.failOn === "warn" ? w.levelWarn : w.levelError })}</p>;
  }
  if (check.kind === "ATTESTATION") return <p className="text-sm text-slate-700">{countLabel(locale, check.validDays, w.attestation)}</p>;
  const intro = check.kind === "FIELD" ? (check.match === "all" ? w.fieldAll : w.fieldAny) : (check.match === "all" ? w.graphAll : w.graphAny);
  return (
    <div className="space-y-1.5 text-sm text-slate-700">
      <p>{intro}</p>
      <ul className="list-disc space-y-1 pl-5" data-testid="check-conditions">
        {check.conditions.map((c, i) => <li key={i}><ConditionText field={c.field} op={c.op} value={c.value} /></li>)}
      </ul>
    </div>
  );
}

const SCOPE_FIELDS: Record<keyof TScope, string> = {
  styles: "style", modes: "mode", tiers: "tier", layers: "layer", kinds: "kind", lifecycles: "lifecycle", teamIds: "teamId",
};

/** Who must meet it: "All interfaces." or "Only interfaces with: style REST, gRPC; tier 0, 1". */
export function ScopeWords({ scope, appliesTo }: { scope: TScope; appliesTo: TSubjectType }) {
  const { m } = useI18n();
  const w = m.standards.words;
  const subject = subjectWord(m, appliesTo);
  const parts = (Object.keys(SCOPE_FIELDS) as (keyof TScope)[]).filter((k) => scope[k]?.length);
  if (parts.length === 0) return <p className="text-sm text-slate-700">{fmt(w.scopeAll, { subject })}</p>;
  return (
    <div className="space-y-1.5 text-sm text-slate-700">
      <p>{fmt(w.scopeSome, { subject })}</p>
      <ul className="list-disc space-y-1 pl-5">
        {parts.map((k) => (
          <li key={k}>
            {w.scope[k]}: <ValueText field={SCOPE_FIELDS[k]} value={scope[k]} />
            {appliesTo === "INTERFACE" && (k === "layers" || k === "kinds") && <span className="text-slate-500"> {w.scopeEnds}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "interfaces" / "systems" in the running text (lower case where the language has case). */
export const subjectWord = (m: Messages, subject: TSubjectType) => m.enums.SubjectType[subject].toLocaleLowerCase();
