"use client";
import { useId } from "react";
import { TEAM_ROLES } from "@/lib/schemas/enums";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { UserPicker } from "@/components/pickers/user-picker";
import { PersonLabel } from "@/components/catalog/people";
import type { EntityForm } from "@/components/catalog/use-entity-form";
import type { TeamDraft, TeamRole } from "./team-form-values";

/** Add people (user picker), set LEAD or MEMBER, remove; row errors from the API (members.N.userId) inline. */
export function MembersEditor({ form }: { form: EntityForm<TeamDraft> }) {
  const { m } = useI18n();
  const t = m.teams.members;
  const addId = useId();
  const members = form.draft.members;
  const update = (next: TeamDraft["members"]) => form.set("members", next);
  return (
    <div className="space-y-3 md:col-span-2">
      <div className="max-w-md space-y-1">
        <label htmlFor={addId} className="block text-sm font-medium text-slate-700">{t.add}</label>
        <UserPicker id={addId} label={t.add} value={null}
          onChange={(user) => user && !members.some((mb) => mb.user.id === user.id) && update([...members, { user, role: "MEMBER" }])} />
      </div>
      {members.length === 0 ? (
        <p className="text-sm text-slate-500">{t.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" aria-label={m.teams.fields.members}>
          {members.map((mb, i) => {
            const error = form.errorFor(`members.${i}`);
            return (
              <li key={mb.user.id} className="flex flex-wrap items-center gap-3 px-3 py-2">
                <div className="min-w-48 flex-1">
                  <PersonLabel user={mb.user} showEmail />
                  {error && <p role="alert" className="text-xs text-red-600">{error}</p>}
                </div>
                <div className="w-32 shrink-0">
                  <Select aria-label={fmt(t.role, { name: mb.user.name })} value={mb.role} aria-invalid={error ? true : undefined}
                    onChange={(e) => update(members.map((x, j) => (j === i ? { ...x, role: e.target.value as TeamRole } : x)))}>
                    {TEAM_ROLES.map((r) => <option key={r} value={r}>{m.enums.TeamRole[r]}</option>)}
                  </Select>
                </div>
                <Button variant="ghost" aria-label={fmt(t.removeNamed, { name: mb.user.name })}
                  onClick={() => update(members.filter((_, j) => j !== i))}>{t.remove}</Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
