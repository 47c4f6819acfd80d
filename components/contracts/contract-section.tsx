"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TContractPutResult } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { contractVersionQuery, contractVersionsQuery } from "@/lib/queries/contracts";
import { Button } from "@/components/ui/button";
import { Banner, EmptyState, ErrorState, Spinner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { AttachContractDialog } from "./attach-contract-dialog";
import { ContractVersionView } from "./contract-version-view";
import { ContractVersions } from "./contract-versions";

type Props = { interfaceId: string; canWrite: boolean };

/**
 * The "Contract" section of an interface's page: its versions, the chosen one's operations or
 * channels, its text beside the lint findings, and a comparison with another version. Writers
 * attach versions; everyone else reads.
 */
export function ContractSection({ interfaceId, canWrite }: Props) {
  const { m } = useI18n();
  const t = m.contracts;
  const versions = useQuery(contractVersionsQuery(interfaceId));
  const [chosen, setChosen] = useState<number>();
  const [attaching, setAttaching] = useState(false);
  const [notice, setNotice] = useState<string>();
  const latest = versions.data?.items[0]?.number;
  const selected = chosen ?? latest;
  const version = useQuery({ ...contractVersionQuery(interfaceId, selected ?? 0), enabled: selected !== undefined });
  const done = (result: TContractPutResult, message: string) => {
    setAttaching(false);
    setChosen(result.version.number);
    setNotice(message);
  };
  const attach = canWrite && (
    <Button variant={latest ? "secondary" : "primary"} onClick={() => { setNotice(undefined); setAttaching(true); }}>{latest ? t.attachNew : t.attach}</Button>
  );
  return (
    <div data-testid="contract-section">
      <Card title={t.title} actions={latest !== undefined && attach}>
        <section aria-label={t.title} className="space-y-4">
          {notice && <Banner tone="success">{notice}</Banner>}
          {versions.isPending ? <Spinner /> : versions.isError ? <ErrorState error={versions.error} onRetry={() => versions.refetch()} /> : selected === undefined ? (
            <EmptyState title={t.empty}>
              <p>{t.emptyHint}</p>
              {canWrite ? <div className="mt-3">{attach}</div> : <p className="mt-2 text-xs">{t.readOnly}</p>}
            </EmptyState>
          ) : (
            <>
              {!canWrite && <p className="text-xs text-slate-500">{t.readOnly}</p>}
              <div>
                <h3 className="mb-1 text-sm font-medium text-slate-900">{t.versions.title}</h3>
                <ContractVersions versions={versions.data.items} selected={selected} onSelect={setChosen} />
              </div>
              {version.isPending ? <Spinner /> : version.isError ? <ErrorState error={version.error} onRetry={() => version.refetch()} /> : (
                <ContractVersionView key={version.data.number} interfaceId={interfaceId} version={version.data} versions={versions.data.items} />
              )}
            </>
          )}
        </section>
        {attaching && <AttachContractDialog interfaceId={interfaceId} onClose={() => setAttaching(false)} onDone={done} />}
      </Card>
    </div>
  );
}
