"use client";
import Link from "next/link";
import type { TRecordCompliance } from "@/lib/schemas/compliance";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/feedback";
import { localText } from "@/components/standards/local-text";
import { SeverityBadge } from "@/components/standards/standard-badges";
import { FAILING_STATUSES, StatusBadge } from "./compliance-marks";
import { ResultReason } from "./result-reason";

type Props = {
  result: TRecordCompliance["results"][number];
  canWrite: boolean;
  /** A request for this standard awaits an admin: no second one. */
  waiverPending: boolean;
  onRequestWaiver: () => void;
  onAttest: () => void;
};

/** One standard's result for the record: status, name, severity, the reason in words, and the writer's actions. */
export function ResultItem({ result: r, canWrite, waiverPending, onRequestWaiver, onAttest }: Props) {
  const { m, locale } = useI18n();
  const t = m.compliance.record;
  const name = localText(r.standard.text, locale).name;
  const failing = FAILING_STATUSES.includes(r.status);
  const on = (action: string) => fmt(t.actionOn, { action, standard: name });
  return (
    <li className="flex flex-wrap items-start gap-3 py-2.5" data-testid="standard-result" data-status={r.status}>
      <div className="w-36 shrink-0 pt-0.5"><StatusBadge status={r.status} /></div>
      <div className="min-w-0 flex-1 basis-64 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link href={`/standards/${r.standard.id}`} className="font-medium text-indigo-700 hover:underline">{name}</Link>
          <SeverityBadge severity={r.standard.severity} />
          <span className="text-xs text-slate-500">{m.enums.StandardCategory[r.standard.category]}</span>
        </div>
        <div className="text-sm text-slate-600"><ResultReason status={r.status} reason={r.reason} /></div>
      </div>
      {canWrite && (
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          {waiverPending ? (
            <span className="inline-flex items-center gap-2">
              <Badge tone="amber">{t.waiverPending}</Badge>
              <Link href="/waivers?status=PENDING" className="text-xs text-indigo-700 hover:underline">{t.seeWaivers}</Link>
            </span>
          ) : failing && (
            <Button variant="secondary" className="px-2 py-1 text-xs" onClick={onRequestWaiver} aria-label={on(t.requestWaiver)}>{t.requestWaiver}</Button>
          )}
          {r.standard.checkKind === "ATTESTATION" && (
            <Button variant="secondary" className="px-2 py-1 text-xs" onClick={onAttest}
              aria-label={on(r.status === "PASS" ? t.attestAgain : t.attest)}>
              {r.status === "PASS" ? t.attestAgain : t.attest}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
