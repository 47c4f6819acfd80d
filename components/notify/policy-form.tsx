"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { ApiError } from "@/lib/api-client";
import type { TEscalationPolicy } from "@/lib/schemas/notify-escalation";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { Card } from "@/components/ui/page-header";
import { TeamPicker } from "@/components/pickers/team-picker";
import type { TRef } from "@/components/catalog/types";
import { StepEditor, newStep, type StepDraft } from "./step-editor";
import { useSavePolicy } from "./use-notify";

const toSteps = (p?: TEscalationPolicy): StepDraft[] =>
  p ? p.steps.map((s) => newStep(s.target, String(s.waitMinutes), s.user)) : [newStep("TEAM_CHANNEL", "0"), newStep("TEAM_LEAD", "15")];

/** Create or edit a policy: what it covers (team, tier, default), its steps, how often it repeats. */
export function PolicyForm({ policy, onDone }: { policy?: TEscalationPolicy; onDone: () => void }) {
  const { m } = useI18n();
  const f = m.notify.escalation.form;
  const save = useSavePolicy();
  const [name, setName] = useState(policy?.name ?? "");
  const [team, setTeam] = useState<TRef | null>(policy?.team ?? null);
  const [tier, setTier] = useState(policy?.tier === null || policy?.tier === undefined ? "" : String(policy.tier));
  const [isDefault, setIsDefault] = useState(policy?.isDefault ?? false);
  const [repeatCount, setRepeatCount] = useState(String(policy?.repeatCount ?? 0));
  const [steps, setSteps] = useState<StepDraft[]>(toSteps(policy));
  const errors = save.error instanceof ApiError ? save.error.fieldErrors : {};
  const errorAt = (path: string) => errors[path];

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      name: name.trim(),
      teamId: team?.id ?? null,
      tier: tier === "" ? null : Number(tier),
      isDefault,
      repeatCount: Number(repeatCount) || 0,
      steps: steps.map((s) => ({ waitMinutes: Number(s.waitMinutes) || 0, target: s.target, userId: s.target === "USER" ? (s.user?.id ?? null) : null })),
      ...(policy ? { version: policy.version } : {}),
    };
    save.mutate({ id: policy?.id, body }, { onSuccess: onDone });
  }

  return (
    <Card title={policy ? fmt(f.editTitle, { name: policy.name }) : f.createTitle}>
      <form onSubmit={submit} noValidate className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label={f.name} error={errorAt("name")} required>
          {(id, d) => <Input id={id} value={name} maxLength={100} aria-describedby={d} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={f.team} hint={f.teamHint} error={errorAt("teamId")}>
          {(id) => <TeamPicker id={id} label={f.team} value={team} onChange={setTeam} />}
        </Field>
        <Field label={f.tier}>
          {(id) => (
            <Select id={id} value={tier} onChange={(e) => setTier(e.target.value)}>
              <option value="">{f.anyTier}</option>
              {[0, 1, 2, 3].map((n) => <option key={n} value={n}>{m.enums.Tier[n as 0 | 1 | 2 | 3]}</option>)}
            </Select>
          )}
        </Field>
        <Field label={f.repeatCount} error={errorAt("repeatCount")}>
          {(id, d) => <Input id={id} type="number" min={0} max={10} value={repeatCount} aria-describedby={d} onChange={(e) => setRepeatCount(e.target.value)} />}
        </Field>
        <div className="md:col-span-2">
          <Checkbox label={f.isDefault} checked={isDefault} disabled={policy?.isDefault} onChange={(e) => setIsDefault(e.target.checked)} />
        </div>
        <StepEditor steps={steps} onChange={setSteps} errorAt={errorAt} />
        {save.isError && (
          <div className="md:col-span-2"><Banner>{save.error instanceof ApiError ? save.error.detail : m.common.states.error}</Banner></div>
        )}
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" disabled={save.isPending}>{save.isPending ? f.saving : f.save}</Button>
          <Button variant="secondary" onClick={onDone}>{f.cancel}</Button>
        </div>
      </form>
    </Card>
  );
}
