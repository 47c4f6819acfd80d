"use client";
import { useState } from "react";
import type { TContractVersion, TContractVersionDetail } from "@/lib/schemas/contract";
import { useI18n } from "@/lib/i18n/client";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { ContractCompare } from "./contract-compare";
import { ContractDocument } from "./contract-document";
import { ContractSummaryTable } from "./contract-summary-table";

type Props = { interfaceId: string; version: TContractVersionDetail; versions: TContractVersion[] };

/** One version: a comparison with another if asked for, its operations or channels, and its text with findings. */
export function ContractVersionView({ interfaceId, version, versions }: Props) {
  const { m } = useI18n();
  const t = m.contracts;
  const [other, setOther] = useState<number>();
  const others = versions.filter((v) => v.number !== version.number);
  return (
    <div className="space-y-4">
      {others.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            {t.compare.label}
            <Select className="w-auto" value={other ?? ""} onChange={(e) => setOther(e.target.value ? Number(e.target.value) : undefined)}>
              <option value="">{t.compare.choose}</option>
              {others.map((v) => <option key={v.number} value={v.number}>v{v.number}</option>)}
            </Select>
          </label>
          {other !== undefined && <Button variant="ghost" onClick={() => setOther(undefined)}>{t.compare.close}</Button>}
        </div>
      )}
      {/* The older version is what clients rely on: changes read from it to the newer one. */}
      {other !== undefined && <ContractCompare interfaceId={interfaceId} from={Math.min(other, version.number)} to={Math.max(other, version.number)} />}
      <div className="overflow-x-auto">
        <h3 className="mb-1 text-sm font-medium text-slate-900">{"operations" in version.summary ? t.summary.operations : t.summary.channels}</h3>
        <ContractSummaryTable summary={version.summary} />
      </div>
      <div>
        <h3 className="mb-1 text-sm font-medium text-slate-900">{t.document.title}</h3>
        <ContractDocument version={version} />
      </div>
    </div>
  );
}
