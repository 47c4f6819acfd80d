"use client";
import type { TContractVersion } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { fmt, formatDateTime } from "@/lib/i18n/format";
import { cn } from "@/components/ui/cn";
import { FindingCounts } from "./finding-counts";

type Props = { versions: TContractVersion[]; selected: number; onSelect: (number: number) => void };

/** Every version, newest first: who attached it, when, its hash and its findings; a row shows that version. */
export function ContractVersions({ versions, selected, onSelect }: Props) {
  const { m, locale } = useI18n();
  const t = m.contracts.versions;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="contract-versions">
        <caption className="sr-only">{t.caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs font-medium uppercase text-slate-500">
            <th scope="col" className="py-2 pr-3">{t.number}</th>
            <th scope="col" className="py-2 pr-3">{t.by}</th>
            <th scope="col" className="py-2 pr-3">{t.when}</th>
            <th scope="col" className="py-2 pr-3">{t.hash}</th>
            <th scope="col" className="py-2">{t.findings}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const current = v.number === selected;
            return (
              <tr key={v.id} className={cn("border-b border-slate-100", current && "bg-indigo-50")} aria-current={current ? "true" : undefined}>
                <td className="py-2 pr-3">
                  <button type="button" className="font-medium text-indigo-700 hover:underline disabled:text-slate-900 disabled:no-underline"
                    disabled={current} aria-label={fmt(t.select, { number: v.number })} onClick={() => onSelect(v.number)}>
                    v{v.number}
                  </button>
                  {current && <span className="ml-2 text-xs text-slate-500">{t.selected}</span>}
                  {v.fileName && <span className="block text-xs text-slate-500">{v.fileName}</span>}
                </td>
                <td className="py-2 pr-3">{v.createdBy.name}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(v.createdAt, locale)}</td>
                <td className="py-2 pr-3"><code className="text-xs" title={v.sha256}>{v.sha256.slice(0, 12)}</code></td>
                <td className="py-2"><FindingCounts counts={v.counts} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
