"use client";
import type { ContractSummary } from "@/lib/contracts/types";
import { useI18n } from "@/lib/i18n/client";

const TH = "py-1.5 pr-3 text-left text-xs font-medium uppercase text-slate-500";

/** The version's operations (OpenAPI) or channels with their operations (AsyncAPI). */
export function ContractSummaryTable({ summary }: { summary: ContractSummary }) {
  const { m } = useI18n();
  const t = m.contracts.summary;
  if ("operations" in summary) {
    if (summary.operations.length === 0) return <p className="text-sm text-slate-500">{t.none}</p>;
    return (
      <table className="min-w-full text-sm" data-testid="contract-operations">
        <caption className="sr-only">{t.operations}</caption>
        <thead><tr className="border-b border-slate-200"><th scope="col" className={TH}>{t.method}</th><th scope="col" className={TH}>{t.path}</th><th scope="col" className={TH}>{t.operationId}</th><th scope="col" className={TH}>{t.summary}</th></tr></thead>
        <tbody>
          {summary.operations.map((o) => (
            <tr key={`${o.method} ${o.path}`} className="border-b border-slate-100">
              <td className="py-1.5 pr-3 font-mono text-xs font-semibold">{o.method}</td>
              <td className="py-1.5 pr-3 font-mono text-xs break-all">{o.path}</td>
              <td className="py-1.5 pr-3 font-mono text-xs">{o.operationId ?? ""}</td>
              <td className="py-1.5 pr-3">{o.summary ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (summary.channels.length === 0) return <p className="text-sm text-slate-500">{t.noChannels}</p>;
  return (
    <table className="min-w-full text-sm" data-testid="contract-channels">
      <caption className="sr-only">{t.channels}</caption>
      <thead><tr className="border-b border-slate-200"><th scope="col" className={TH}>{t.channel}</th><th scope="col" className={TH}>{t.channelOperations}</th></tr></thead>
      <tbody>
        {summary.channels.map((c) => (
          <tr key={c.name} className="border-b border-slate-100">
            <td className="py-1.5 pr-3 font-mono text-xs break-all">{c.name}</td>
            <td className="py-1.5 pr-3 font-mono text-xs">{c.operations.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
