"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TRecordCompliance, TStandardRef } from "@/lib/schemas/compliance";
import type { TSubjectType } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { countLabel, fmt } from "@/lib/i18n/format";
import { recordComplianceQuery, waiverListQuery } from "@/lib/queries/compliance";
import { Banner, ErrorState, Spinner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { AttestDialog } from "./attest-dialog";
import { FAILING_STATUSES, LevelBadge } from "./compliance-marks";
import { ResultItem } from "./result-item";
import { WaiverRequestDialog } from "./waiver-request-dialog";

type Props = { subjectType: TSubjectType; id: string; recordName: string; canWrite: boolean };
type Open = { kind: "waiver" | "attest"; standard: TStandardRef } | null;

function Headline({ data }: { data: TRecordCompliance }) {
  const { m, locale } = useI18n();
  const t = m.compliance.record;
  if (data.applicable === 0) return <p className="text-sm text-slate-500">{t.none}</p>;
  return (
    <p className="text-sm text-slate-700" data-testid="record-score">
      {fmt(t.score, { score: data.score })}
      {" · "}
      {data.failing === 0 ? t.allPass : countLabel(locale, data.failing, t.failing, { applicable: data.applicable })}
    </p>
  );
}

/**
 * A record's "Standards" section on its page: level, score, and every applicable result with the
 * reason in words, what to fix first on top. Writers request a waiver or attest from here.
 */
export function RecordStandards({ subjectType, id, recordName, canWrite }: Props) {
  const { m } = useI18n();
  const t = m.compliance.record;
  const query = useQuery(recordComplianceQuery(subjectType, id));
  const pending = useQuery({ ...waiverListQuery({ subjectType, subjectId: id, status: "PENDING", pageSize: 100 }), enabled: canWrite });
  const pendingIds = new Set(pending.data?.items.map((w) => w.standard.id));
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string>();
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };
  return (
    <Card title={t.title} actions={query.data && <LevelBadge level={query.data.level} className="text-sm" />}>
      <section aria-label={t.title} data-testid="record-standards">
        {query.isPending ? <Spinner /> : query.isError ? <ErrorState error={query.error} onRetry={() => query.refetch()} /> : (
          <div className="space-y-3">
            <Headline data={query.data} />
            {notice && <Banner tone="success">{notice}</Banner>}
            {!canWrite && query.data.results.some((r) => FAILING_STATUSES.includes(r.status)) && <p className="text-xs text-slate-500">{t.readOnly}</p>}
            {query.data.results.length > 0 && (
              <ul aria-label={t.list} className="divide-y divide-slate-100">
                {query.data.results.map((r) => (
                  <ResultItem key={r.standard.id} result={r} canWrite={canWrite} waiverPending={pendingIds.has(r.standard.id)}
                    onRequestWaiver={() => { setNotice(undefined); setOpen({ kind: "waiver", standard: r.standard }); }}
                    onAttest={() => { setNotice(undefined); setOpen({ kind: "attest", standard: r.standard }); }} />
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      {open?.kind === "waiver" && (
        <WaiverRequestDialog standard={open.standard} subjectType={subjectType} subjectId={id} onClose={() => setOpen(null)} onDone={done} />
      )}
      {open?.kind === "attest" && (
        <AttestDialog standard={open.standard} subjectType={subjectType} subjectId={id} recordName={recordName} onClose={() => setOpen(null)} onDone={done} />
      )}
    </Card>
  );
}
