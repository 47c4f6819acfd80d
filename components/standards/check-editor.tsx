"use client";
import { CHECK_KINDS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { emptyCondition, toCheckDraft, type CheckDraft, type TCheckKind } from "@/lib/standards/check-draft";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import { ConditionRow } from "./condition-row";
import type { StandardDraft } from "./standard-form-values";

const MAX_CONDITIONS = 20;

/** The one check of a standard: its kind, then conditions, lint rules or the attestation's validity. */
export function CheckEditor({ form }: { form: EntityForm<StandardDraft> }) {
  const { m } = useI18n();
  const t = m.standards.form;
  const check = form.draft.check;
  const setCheck = (next: CheckDraft) => form.set("check", next);

  const onKind = (kind: TCheckKind) => {
    // Field and graph rules name different fields: the conditions start over between them.
    const sameFields = kind === check.kind || (kind !== "GRAPH" && check.kind !== "GRAPH");
    setCheck({ ...toCheckDraft(), ...check, kind, conditions: sameFields ? check.conditions : [emptyCondition()] });
    if (kind === "GRAPH" || kind === "CONTRACT") form.set("appliesTo", "INTERFACE");
  };

  return (
    <>
      <Field label={m.standards.fields.checkKind} hint={t.kindHints[check.kind]} required>
        {(id, describedBy) => (
          <Select id={id} aria-describedby={describedBy} value={check.kind} onChange={(e) => onKind(e.target.value as TCheckKind)}>
            {CHECK_KINDS.map((k) => <option key={k} value={k}>{m.enums.CheckKind[k]}</option>)}
          </Select>
        )}
      </Field>
      {(check.kind === "FIELD" || check.kind === "GRAPH") && (
        <>
          <Field label={t.match}>
            {(id) => (
              <Select id={id} value={check.match} onChange={(e) => setCheck({ ...check, match: e.target.value as "all" | "any" })}>
                <option value="all">{t.matchAll}</option>
                <option value="any">{t.matchAny}</option>
              </Select>
            )}
          </Field>
          <div className="space-y-2 @2xl:col-span-2">
            <h3 className="text-sm font-medium text-slate-700">{t.conditions}</h3>
            <ol className="space-y-2">
              {check.conditions.map((c, i) => (
                <ConditionRow key={i} index={i} condition={c} form={form}
                  onChange={(next) => setCheck({ ...check, conditions: check.conditions.map((x, j) => (j === i ? next : x)) })}
                  onRemove={check.conditions.length > 1 ? () => setCheck({ ...check, conditions: check.conditions.filter((_, j) => j !== i) }) : undefined} />
              ))}
            </ol>
            <Button variant="secondary" disabled={check.conditions.length >= MAX_CONDITIONS}
              onClick={() => setCheck({ ...check, conditions: [...check.conditions, emptyCondition()] })}>
              {t.addCondition}
            </Button>
          </div>
        </>
      )}
      {check.kind === "CONTRACT" && (
        <>
          <Field label={t.rules} hint={t.rulesHint} error={form.errorFor("check.rules")}>
            {(id, describedBy) => (
              <Input id={id} aria-describedby={describedBy} aria-invalid={form.errorFor("check.rules") ? true : undefined}
                value={check.rules} onChange={(e) => setCheck({ ...check, rules: e.target.value })} />
            )}
          </Field>
          <Field label={t.failOn}>
            {(id) => (
              <Select id={id} value={check.failOn} onChange={(e) => setCheck({ ...check, failOn: e.target.value as "error" | "warn" })}>
                <option value="error">{t.failOnError}</option>
                <option value="warn">{t.failOnWarn}</option>
              </Select>
            )}
          </Field>
        </>
      )}
      {check.kind === "ATTESTATION" && (
        <Field label={t.validDays} hint={t.validDaysHint} error={form.errorFor("check.validDays")} required>
          {(id, describedBy) => (
            <Input id={id} type="number" min={1} max={730} aria-describedby={describedBy} className="w-32"
              aria-invalid={form.errorFor("check.validDays") ? true : undefined}
              value={check.validDays} onChange={(e) => setCheck({ ...check, validDays: e.target.value })} />
          )}
        </Field>
      )}
    </>
  );
}
