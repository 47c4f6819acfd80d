"use client";
import { useId } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { TeamPicker } from "@/components/pickers/team-picker";
import type { TRef } from "@/components/catalog/types";

/** The teams a channel serves: a picker to attach one, and each attached team with a detach button. */
export function TeamChips({ teams, onChange }: { teams: TRef[]; onChange: (teams: TRef[]) => void }) {
  const { m } = useI18n();
  const t = m.notify.channels.form;
  const id = useId();
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{t.teams}</label>
      <div className="max-w-sm">
        <TeamPicker id={id} label={t.addTeam} value={null} onChange={(team) => team && !teams.some((x) => x.id === team.id) && onChange([...teams, team])} />
      </div>
      {teams.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label={t.teams}>
          {teams.map((team) => (
            <li key={team.id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-800">
              {team.name}
              <button type="button" className="rounded-full px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900"
                aria-label={fmt(t.removeTeam, { name: team.name })} onClick={() => onChange(teams.filter((x) => x.id !== team.id))}>×</button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
