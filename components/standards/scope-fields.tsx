"use client";
import { useQuery } from "@tanstack/react-query";
import { INTERFACE_MODES, INTERFACE_STYLES, LAYERS, LIFECYCLES, SYSTEM_KINDS } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { teamDetailQuery } from "@/lib/queries/teams";
import { MultiCheck } from "@/components/ui/multi-check";
import { enumOptions, tierOptions } from "@/components/catalog/enum-options";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import { TeamPicker } from "@/components/pickers/team-picker";
import type { ScopeDraft, ScopeKey } from "./standard-form-values";

/**
 * What the scope fields need of a form: the standard's and the initiative's both fit (an
 * EntityForm of a draft that holds the record type and the scope lists).
 */
export type ScopeForm = Pick<EntityForm<ScopeDraft>, "draft" | "errorFor"> & {
  set: (name: `scope.${ScopeKey}`, value: string[]) => void;
};
type Form = { form: ScopeForm };

/** One chosen team, named from its record (the standard stores ids only), with a remove button. */
function TeamChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { m } = useI18n();
  const team = useQuery({ ...teamDetailQuery(id), staleTime: 60_000, retry: false });
  const name = team.data?.name ?? (team.isError ? m.standards.form.unknownTeam : "…");
  return (
    <li className="inline-flex items-center gap-1 rounded-full border border-indigo-300 bg-indigo-50 py-0.5 pl-2.5 pr-1 text-xs text-indigo-800">
      {name}
      <button type="button" onClick={onRemove} aria-label={fmt(m.standards.form.removeTeam, { name })}
        className="rounded-full px-1 text-indigo-500 hover:bg-indigo-100 hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-500">
        <span aria-hidden>×</span>
      </button>
    </li>
  );
}

function TeamsField({ form }: Form) {
  const { m } = useI18n();
  const t = m.standards.form;
  const ids = form.draft["scope.teamIds"];
  const error = form.errorFor("scope.teamIds");
  return (
    <fieldset className="min-w-0 space-y-1.5 @2xl:col-span-2">
      <legend className="text-sm font-medium text-slate-700">
        {t.teams}
        {ids.length === 0 && <span className="ml-2 text-xs font-normal text-slate-500">{t.noTeams}</span>}
      </legend>
      {ids.length > 0 && (
        <ul className="flex flex-wrap gap-1.5">
          {ids.map((id) => <TeamChip key={id} id={id} onRemove={() => form.set("scope.teamIds", ids.filter((x) => x !== id))} />)}
        </ul>
      )}
      <TeamPicker label={t.addTeam} placeholder={t.addTeam} value={null} invalid={!!error} className="max-w-sm"
        onChange={(team) => team && !ids.includes(team.id) && form.set("scope.teamIds", [...ids, team.id])} />
      {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
    </fieldset>
  );
}

/** Who must meet the standard: every group left empty means every value. */
export function ScopeFields({ form }: Form) {
  const { m } = useI18n();
  const t = m.standards.form;
  const interfaces = form.draft.appliesTo === "INTERFACE";
  const group = (key: Exclude<ScopeKey, "teamIds">, options: { value: string; label: string }[]) => (
    <MultiCheck legend={t.scopeLabels[key]} options={options} value={form.draft[`scope.${key}`]} error={form.errorFor(`scope.${key}`)}
      hint={interfaces && (key === "layers" || key === "kinds") ? t.scopeEndsHint : undefined}
      onChange={(v) => form.set(`scope.${key}`, v)} />
  );
  return (
    <>
      <p className="text-sm text-slate-500 @2xl:col-span-2">{t.scopeHint}</p>
      {interfaces && group("styles", enumOptions(INTERFACE_STYLES, m.enums.InterfaceStyle))}
      {interfaces && group("modes", enumOptions(INTERFACE_MODES, m.enums.InterfaceMode))}
      {group("tiers", tierOptions(m.enums.Tier).map((o) => ({ ...o, label: o.label.split(" · ")[0] })))}
      {group("lifecycles", enumOptions(LIFECYCLES, m.enums.Lifecycle))}
      {group("layers", enumOptions(LAYERS, m.enums.Layer))}
      {group("kinds", enumOptions(SYSTEM_KINDS, m.enums.SystemKind))}
      <TeamsField form={form} />
    </>
  );
}
