"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { canReference, fieldsFor, withField, withOperator, type ConditionDraft } from "@/lib/standards/check-draft";
import { OPERATORS_BY_TYPE, type Operator } from "@/lib/standards/operators";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import { fieldLabel, operatorLabel } from "./condition-words";
import { ConditionValue } from "./condition-value";
import type { StandardDraft } from "./standard-form-values";

type Props = {
  index: number;
  condition: ConditionDraft;
  form: EntityForm<StandardDraft>;
  onChange: (next: ConditionDraft) => void;
  /** Absent for the last remaining condition. */
  onRemove?: () => void;
};

const ENDS = ["provider", "consumer", "interface"] as const;

/** One condition: a field of the record type, an operator that fits its type, and a value that fits the operator. */
export function ConditionRow({ index, condition: c, form, onChange, onRemove }: Props) {
  const { m } = useI18n();
  const t = m.standards.form;
  const { appliesTo, check } = form.draft;
  const fields = fieldsFor(appliesTo, check.kind);
  const spec = fields[c.field];
  const path = `check.conditions.${index}`;
  const error = (at: string) => form.errorFor(`${path}.${at}`);
  const byLabel = (names: string[]) => names.map((f) => ({ value: f, label: fieldLabel(m, f) })).sort((a, b) => a.label.localeCompare(b.label));
  const names = Object.keys(fields);
  const n = index + 1;

  return (
    <li>
      <fieldset className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <legend className="px-1 text-xs font-medium text-slate-500">{fmt(t.condition, { n })}</legend>
        <div className="grid grid-cols-1 items-start gap-3 @2xl:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_minmax(0,1.4fr)_auto]">
          <Field label={t.field} error={error("field")} required>
            {(id, describedBy) => (
              <Select id={id} aria-describedby={describedBy} aria-invalid={error("field") ? true : undefined} value={c.field}
                onChange={(e) => onChange(withField(c, e.target.value, fields))}>
                <option value="">{m.systems.shared.choose}</option>
                {check.kind === "GRAPH"
                  ? ENDS.map((end) => (
                    <optgroup key={end} label={m.standards.ends[end]}>
                      {byLabel(names.filter((f) => f.startsWith(`${end}.`))).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                    </optgroup>
                  ))
                  : byLabel(names).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </Select>
            )}
          </Field>
          <Field label={t.operator} error={error("op")} required>
            {(id, describedBy) => (
              <Select id={id} aria-describedby={describedBy} aria-invalid={error("op") ? true : undefined} value={c.op} disabled={!spec}
                onChange={(e) => onChange(withOperator(c, e.target.value as Operator, check.kind))}>
                {!spec && <option value="">{m.systems.shared.choose}</option>}
                {spec && OPERATORS_BY_TYPE[spec.type].map((op) => <option key={op} value={op}>{operatorLabel(m, c.field, op)}</option>)}
              </Select>
            )}
          </Field>
          <div className="space-y-2">
            {spec && canReference(check.kind, c.op) && (
              <Field label={t.compareWith}>
                {(id) => (
                  <Select id={id} value={c.ref === null ? "value" : "ref"} onChange={(e) => onChange({ ...c, ref: e.target.value === "ref" ? "" : null, value: "" })}>
                    <option value="value">{t.aValue}</option>
                    <option value="ref">{t.otherField}</option>
                  </Select>
                )}
              </Field>
            )}
            {spec && c.op && (
              <ConditionValue condition={c} spec={spec} fields={fields} error={error("value")} onChange={onChange} />
            )}
          </div>
          <div className="@2xl:pt-6">
            {onRemove && (
              <Button variant="ghost" onClick={onRemove} aria-label={fmt(t.removeCondition, { n })} title={fmt(t.removeCondition, { n })}>
                <span aria-hidden>✕</span>
              </Button>
            )}
          </div>
        </div>
      </fieldset>
    </li>
  );
}
