"use client";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "@/lib/i18n/client";
import type { ConditionDraft } from "@/lib/standards/check-draft";
import type { FieldSpec } from "@/lib/standards/fields";
import { operandKind, type Operator } from "@/lib/standards/operators";
import { teamDetailQuery } from "@/lib/queries/teams";
import { Field, Input, Select } from "@/components/ui/field";
import { MultiCheck } from "@/components/ui/multi-check";
import { TeamPicker } from "@/components/pickers/team-picker";
import { enumLabel, fieldLabel } from "./condition-words";

type Props = {
  condition: ConditionDraft;
  spec: FieldSpec;
  fields: Record<string, FieldSpec>;
  error?: string;
  onChange: (next: ConditionDraft) => void;
};

/** The chosen team, loaded by id, so a saved condition shows the team's name. */
function TeamValue({ teamId, inputId, label, describedBy, invalid, onChange }: {
  teamId: string; inputId: string; label: string; describedBy?: string; invalid: boolean; onChange: (id: string) => void;
}) {
  const { m } = useI18n();
  const team = useQuery({ ...teamDetailQuery(teamId), enabled: !!teamId, staleTime: 60_000, retry: false });
  const name = team.data?.name ?? (team.isError ? m.standards.form.unknownTeam : "…");
  const value = teamId ? { id: teamId, key: team.data?.key ?? "", name } : null;
  return <TeamPicker id={inputId} label={label} value={value} describedBy={describedBy} invalid={invalid} onChange={(t) => onChange(t?.id ?? "")} />;
}

/** The value input that fits the operator: none, text, number, yes / no, an enum choice, a list, or another field. */
export function ConditionValue({ condition: c, spec, fields, error, onChange }: Props) {
  const { m } = useI18n();
  const t = m.standards.form;
  const kind = operandKind(c.op as Operator);
  if (kind === "none") return null;
  const set = (value: string) => onChange({ ...c, value });
  const invalid = error ? true : undefined;

  if (c.ref !== null) {
    // The other end's field, of the same type (and the same enum), never the field itself.
    const others = Object.entries(fields).filter(([f, s]) => f !== c.field && s.type === spec.type && s.values === spec.values);
    return (
      <Field label={t.otherField} error={error} required>
        {(id, describedBy) => (
          <Select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={c.ref ?? ""} onChange={(e) => onChange({ ...c, ref: e.target.value })}>
            <option value="">{m.systems.shared.choose}</option>
            {others.map(([f]) => <option key={f} value={f}>{fieldLabel(m, f)}</option>)}
          </Select>
        )}
      </Field>
    );
  }
  if (kind === "list" && spec.type === "enum") {
    const chosen = c.value.split(",").map((s) => s.trim()).filter(Boolean);
    return (
      <MultiCheck legend={t.value} error={error} value={chosen} onChange={(v) => set(v.join(","))}
        options={(spec.values ?? []).map((v) => ({ value: v, label: enumLabel(m, c.field, v) }))} />
    );
  }
  const scalar = kind === "scalar";
  return (
    <Field label={t.value} error={error} required hint={kind === "list" ? t.listHint : kind === "pattern" ? t.patternHint : undefined}>
      {(id, describedBy) => {
        const common = { id, "aria-describedby": describedBy, "aria-invalid": invalid };
        if (scalar && spec.type === "boolean") {
          return (
            <Select {...common} value={c.value} onChange={(e) => set(e.target.value)}>
              <option value="">{m.systems.shared.choose}</option>
              <option value="true">{m.systems.shared.yes}</option>
              <option value="false">{m.systems.shared.no}</option>
            </Select>
          );
        }
        if (scalar && spec.type === "enum") {
          return (
            <Select {...common} value={c.value} onChange={(e) => set(e.target.value)}>
              <option value="">{m.systems.shared.choose}</option>
              {(spec.values ?? []).map((v) => <option key={v} value={v}>{enumLabel(m, c.field, v)}</option>)}
            </Select>
          );
        }
        if (scalar && c.field.endsWith("teamId")) {
          return <TeamValue teamId={c.value} inputId={id} label={t.value} describedBy={describedBy} invalid={!!error} onChange={set} />;
        }
        const numeric = kind === "number" || (scalar && spec.type === "number");
        return <Input {...common} type={numeric ? "number" : "text"} value={c.value} onChange={(e) => set(e.target.value)}
          className={kind === "pattern" ? "font-mono" : undefined} />;
      }}
    </Field>
  );
}
