"use client";
import { useQuery } from "@tanstack/react-query";
import type { TContractDiff } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { contractDiffQuery } from "@/lib/queries/contracts";
import { ErrorState, Spinner } from "@/components/ui/feedback";

type Change = TContractDiff["breaking"][number] | TContractDiff["other"][number];
type Props = { interfaceId: string; from: number; to: number };

function ChangeList({ changes, label, empty, tone }: { changes: Change[]; label: string; empty: string; tone: "red" | "slate" }) {
  const { m } = useI18n();
  const t = m.contracts.compare;
  if (changes.length === 0) return <p className="text-sm text-slate-500">{empty}</p>;
  return (
    <ul aria-label={label} className="space-y-1" data-testid={tone === "red" ? "breaking-changes" : "other-changes"}>
      {changes.map((c, i) => (
        <li key={i} className={tone === "red" ? "rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-sm" : "rounded-md border border-slate-200 px-2 py-1.5 text-sm"}>
          <span className={tone === "red" ? "font-medium text-red-800" : "font-medium text-slate-800"}>{m.contracts.kinds[c.kind]}</span>
          {" "}<code className="break-all text-xs">{c.location}</code>
          {(c.before !== undefined || c.after !== undefined) && (
            <span className="ml-2 text-xs text-slate-600">
              {[c.before !== undefined && fmt(t.from, { before: c.before }), c.after !== undefined && fmt(t.to, { after: c.after })].filter(Boolean).join(" → ")}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What changed from one version to another: breaking changes first, then the rest. */
export function ContractCompare({ interfaceId, from, to }: Props) {
  const { m } = useI18n();
  const t = m.contracts.compare;
  const query = useQuery(contractDiffQuery(interfaceId, from, to));
  return (
    <section aria-label={fmt(t.title, { from, to })} className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="contract-compare">
      <h4 className="text-sm font-semibold text-slate-900">{fmt(t.title, { from, to })}</h4>
      {query.isPending ? <Spinner /> : query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
        <>
          <div className="space-y-1">
            <h5 className="text-xs font-medium uppercase text-red-700">{t.breaking} ({query.data.breaking.length})</h5>
            <ChangeList changes={query.data.breaking} label={t.breaking} empty={t.noBreaking} tone="red" />
          </div>
          <div className="space-y-1">
            <h5 className="text-xs font-medium uppercase text-slate-500">{t.other} ({query.data.other.length})</h5>
            <ChangeList changes={query.data.other} label={t.other} empty={t.noOther} tone="slate" />
          </div>
        </>
      )}
    </section>
  );
}
