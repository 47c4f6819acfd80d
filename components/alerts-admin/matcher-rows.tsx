"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TMatcher } from "@/lib/schemas/alerts-admin";
import { Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { errorFor, type FieldErrors } from "@/components/catalog/form-errors";

export const OPS = ["=", "!=", "=~", "!~"] as const;
const MAX = 20;

type Props = { rows: TMatcher[]; errors: FieldErrors; onChange: (rows: TMatcher[]) => void };

/**
 * The silence's matchers, one row each: label, operator, value and a remove button, every control
 * labelled so a keyboard and screen reader user can tab through; errors per row from the API's paths.
 */
export function MatcherRows({ rows, errors, onChange }: Props) {
  const { m } = useI18n();
  const t = m.alertsAdmin.silences;
  const set = (i: number, patch: Partial<TMatcher>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t.matchers}</legend>
      {rows.map((r, i) => {
        const error = errorFor(errors, `matchers.${i}`);
        return (
          <div key={i} className="space-y-1">
            <div className="flex gap-2">
              <Input aria-label={`${t.label} ${i + 1}`} value={r.label} onChange={(e) => set(i, { label: e.target.value })} placeholder="alertname" aria-invalid={!!error} className="flex-1" maxLength={100} />
              <Select aria-label={`${t.op} ${i + 1}`} value={r.op} onChange={(e) => set(i, { op: e.target.value as TMatcher["op"] })} className="w-20">
                {OPS.map((op) => <option key={op} value={op}>{op}</option>)}
              </Select>
              <Input aria-label={`${t.value} ${i + 1}`} value={r.value} onChange={(e) => set(i, { value: e.target.value })} aria-invalid={!!error} className="flex-1" maxLength={1000} />
              <Button variant="secondary" aria-label={fmt(t.removeMatcher, { n: i + 1 })} disabled={rows.length === 1} onClick={() => onChange(rows.filter((_, j) => j !== i))}>×</Button>
            </div>
            {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
          </div>
        );
      })}
      {errorFor(errors, "matchers") && !Object.keys(errors).some((k) => k.startsWith("matchers.")) && <p role="alert" className="text-xs text-red-600">{errors.matchers}</p>}
      <Button variant="secondary" disabled={rows.length >= MAX} onClick={() => onChange([...rows, { label: "", op: "=", value: "" }])}>{t.addMatcher}</Button>
    </fieldset>
  );
}
