"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { ESCALATION_TARGETS, type TEscalationTarget } from "@/lib/schemas/notify-escalation";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { UserPicker } from "@/components/pickers/user-picker";
import type { TUserRef } from "@/components/catalog/types";

export type StepDraft = { key: number; waitMinutes: string; target: TEscalationTarget; user: TUserRef | null };

type Props = { steps: StepDraft[]; onChange: (steps: StepDraft[]) => void; errorAt: (path: string) => string | undefined };

let nextKey = 1_000;
export const newStep = (target: TEscalationTarget = "TEAM_CHANNEL", waitMinutes = "0", user: TUserRef | null = null): StepDraft =>
  ({ key: nextKey++, waitMinutes, target, user });

/**
 * The ordered steps: each a wait and a target (a person for USER). Buttons, not drag and drop, to
 * move a step: they work from the keyboard and say which step they move.
 */
export function StepEditor({ steps, onChange, errorAt }: Props) {
  const { m } = useI18n();
  const t = m.notify.escalation;
  const f = t.form;
  const put = (i: number, patch: Partial<StepDraft>) => onChange(steps.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...steps];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="space-y-3 md:col-span-2">
      <legend className="text-sm font-medium text-slate-700">{f.steps}</legend>
      <ol className="space-y-3">
        {steps.map((s, i) => {
          const n = i + 1;
          return (
            <li key={s.key} className="rounded-md border border-slate-200 p-3" aria-label={fmt(f.stepTitle, { n })}>
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-[8rem_1fr_1fr_auto] sm:items-start">
                <Field label={f.wait} error={errorAt(`steps.${i}.waitMinutes`)}>
                  {(id, d) => <Input id={id} type="number" min={0} max={1440} value={s.waitMinutes} aria-describedby={d} onChange={(e) => put(i, { waitMinutes: e.target.value })} />}
                </Field>
                <Field label={f.target}>
                  {(id) => (
                    <Select id={id} value={s.target} onChange={(e) => put(i, { target: e.target.value as TEscalationTarget })}>
                      {ESCALATION_TARGETS.map((x) => <option key={x} value={x}>{t.targets[x]}</option>)}
                    </Select>
                  )}
                </Field>
                {s.target === "USER" ? (
                  <Field label={f.person} error={errorAt(`steps.${i}.userId`)}>
                    {(id) => <UserPicker id={id} label={f.person} value={s.user} onChange={(user) => put(i, { user })} />}
                  </Field>
                ) : <div />}
                <div className="flex gap-1 sm:mt-6">
                  <Button variant="ghost" disabled={i === 0} aria-label={fmt(f.moveUp, { n })} onClick={() => move(i, -1)}>↑</Button>
                  <Button variant="ghost" disabled={i === steps.length - 1} aria-label={fmt(f.moveDown, { n })} onClick={() => move(i, 1)}>↓</Button>
                  <Button variant="ghost" className="text-red-700" disabled={steps.length === 1} aria-label={fmt(f.removeStep, { n })}
                    onClick={() => onChange(steps.filter((_, j) => j !== i))}>×</Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" disabled={steps.length >= 10} onClick={() => onChange([...steps, newStep("TEAM_LEAD", "15")])}>{f.addStep}</Button>
    </fieldset>
  );
}
