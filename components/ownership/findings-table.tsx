"use client";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { RefLink } from "@/components/catalog/people";
import { FindingDetails } from "./finding-details";
import { FindingFix } from "./finding-fix";
import { SeverityBadge, SubjectCell } from "./finding-parts";

type Props = {
  findings: TGapFinding[];
  busFactor: number;
  canWrite: boolean;
  onFixed: (name: string) => void;
};

/** One row per finding: the record, who answers for it, how bad, what is wrong, and (writers) the fix. */
export function FindingsTable({ findings, busFactor, canWrite, onFixed }: Props) {
  const { m } = useI18n();
  const t = m.ownership.list;
  const th = "px-3 py-2 text-left font-medium text-slate-600";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>{t.subject}</th>
            <th scope="col" className={th}>{t.team}</th>
            <th scope="col" className={th}>{t.severity}</th>
            <th scope="col" className={th}>{t.problem}</th>
            {canWrite && <th scope="col" className={`${th} print:hidden`}>{t.fix}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {findings.map((finding) => (
            <tr key={`${finding.rule}:${finding.subject.type}:${finding.subject.id}`} data-testid="gap-finding"
              data-rule={finding.rule} className="break-inside-avoid align-top">
              <td className="px-3 py-2.5"><SubjectCell subject={finding.subject} /></td>
              <td className="px-3 py-2.5">
                {finding.team
                  ? <RefLink href={`/teams/${finding.team.id}`} entity={finding.team} showKey={false} />
                  : <span className="text-amber-700">{t.noTeam}</span>}
              </td>
              <td className="px-3 py-2.5"><SeverityBadge severity={finding.severity} /></td>
              <td className="px-3 py-2.5">
                <p className="mb-0.5 text-xs font-medium text-slate-500">{m.ownership.rules[finding.rule].title}</p>
                <FindingDetails finding={finding} busFactor={busFactor} canWrite={canWrite} onFixed={onFixed} />
              </td>
              {canWrite && (
                <td className="px-3 py-2.5 print:hidden"><FindingFix finding={finding} onFixed={onFixed} /></td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
