"use client";
import type { TImportProblem } from "@/lib/schemas/interop";
import { useI18n } from "@/lib/i18n/client";
import { Card } from "@/components/ui/page-header";

/** "file:line" when the problem knows where, else the file, else nothing. */
export const problemPlace = (p: Pick<TImportProblem, "file" | "line">) => (p.file ? (p.line ? `${p.file}:${p.line}` : p.file) : "—");

/** What the reading and checking found, naming file and line, record and field. */
export function ImportProblems({ problems }: { problems: TImportProblem[] }) {
  const { m } = useI18n();
  const t = m.interop.problems;
  return (
    <Card title={`${t.title} (${problems.length})`}>
      {problems.length === 0 ? (
        <p className="text-sm text-slate-500">{t.none}</p>
      ) : (
        <div className="max-h-96 overflow-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-problems">
            <caption className="sr-only">{t.caption}</caption>
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">{t.where}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t.record}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t.message}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {problems.map((p, i) => (
                <tr key={i}>
                  <td className="px-3 py-1.5 font-mono text-xs text-slate-600">{problemPlace(p)}</td>
                  <td className="px-3 py-1.5 text-slate-700">
                    {p.entity}{p.key ? <span className="font-mono"> {p.key}</span> : null}{p.field ? <span className="text-slate-500"> · {p.field}</span> : null}
                  </td>
                  <td className="px-3 py-1.5 text-slate-900">{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
