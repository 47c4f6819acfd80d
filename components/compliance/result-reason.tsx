"use client";
import { Fragment } from "react";
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { TComplianceStatus } from "@/lib/schemas/compliance";
import type { Reason } from "@/lib/standards/evaluate-record";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDate } from "@/lib/i18n/format";
import { systemDetailQuery } from "@/lib/queries/systems";
import { richFmt } from "@/components/ui/rich-fmt";
import { ConditionText, ValueText } from "@/components/standards/condition-words";

type Outcome = Extract<Reason, { t: "field" }>["failed"][number];

function SystemLink({ id }: { id: string }) {
  const system = useQuery({ ...systemDetailQuery(id), staleTime: 60_000, retry: false });
  return (
    <Link href={`/systems/${id}`} className="font-medium text-indigo-700 hover:underline">
      {system.data?.name ?? (system.isError ? <code>{id}</code> : "…")}
    </Link>
  );
}

/**
 * "TLS in transit is yes; found nothing": the condition as written and what the record holds. A
 * graph finding lists the conditions that matched, which already say what was found.
 */
function Outcomes({ outcomes, matched }: { outcomes: Outcome[]; matched?: boolean }) {
  const { m } = useI18n();
  return (
    <ul className="space-y-0.5">
      {outcomes.map((o, i) => {
        const condition = <ConditionText field={o.field} op={o.op} value={o.value} />;
        return (
          <li key={i}>
            {matched ? condition : richFmt(m.compliance.reasons.failed, { condition, actual: <ValueText field={o.field} value={o.actual} /> })}
          </li>
        );
      })}
    </ul>
  );
}

/** Why a result is what it is, in words: the failed conditions, both ends of a graph finding, the rules fired, the dates. */
export function ResultReason({ status, reason }: { status: TComplianceStatus; reason: Record<string, unknown> | null }) {
  const { m, locale } = useI18n();
  const t = m.compliance.reasons;
  const r = reason as Reason | null;
  const date = (iso: string) => formatDate(iso, locale);
  if (!r) return status === "NEEDS_ATTESTATION" ? <p>{t.needsAttestation}</p> : null;
  switch (r.t) {
    case "field":
      return <Outcomes outcomes={r.failed} />;
    case "graph":
      return (
        <div className="space-y-0.5">
          <p className="flex flex-wrap items-center gap-x-1.5">
            <span>{t.provider}</span> <SystemLink id={r.providerId} />
            <span aria-hidden>→</span>
            <span>{t.consumer}</span> <SystemLink id={r.consumerId} />
          </p>
          <Outcomes outcomes={r.matched} matched />
        </div>
      );
    case "contract":
      if ("missing" in r) return <p>{t.contractMissing}</p>;
      return (
        <p>
          {fmt(t.contractFired, {
            number: r.number,
            rules: Object.entries(r.fired).map(([rule, count]) => fmt(t.ruleFired, { rule, count })).join(", "),
          })}
        </p>
      );
    case "attestation":
      return <p>{status === "EXPIRED" ? fmt(t.lapsed, { expires: date(r.expiresAt) }) : fmt(t.attested, { date: date(r.attestedAt), expires: date(r.expiresAt) })}</p>;
    case "waiver":
      return (
        <div className="space-y-0.5">
          <p>{fmt(t.waived, { date: date(r.expiresAt), status: m.enums.ComplianceStatus[r.base] })}</p>
          <ResultReason status={r.base} reason={(r.reason ?? null) as Record<string, unknown> | null} />
        </div>
      );
    default:
      return <Fragment />;
  }
}
