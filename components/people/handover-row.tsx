"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TOwnershipTeam, TUserOwnership } from "@/lib/schemas/user";
import { Select } from "@/components/ui/field";
import { TierBadge } from "@/components/catalog/catalog-badges";
import { UserPicker } from "@/components/pickers/user-picker";
import type { Choice } from "./handover-choices";

type Props = {
  item: TUserOwnership;
  team: TOwnershipTeam | null;
  /** The team's active leads other than the person being deactivated. */
  leads: { id: string; name: string }[];
  choice: Choice;
  error?: string;
  disabled: boolean;
  onChange: (choice: Choice) => void;
};

const selectValue = (c: Choice) => (c.kind === "lead" ? `lead:${c.userId}` : c.kind);

/** One ownership and who takes it over: a person (picker), one of the team's active leads, or a gap. */
export function HandoverRow({ item, team, leads, choice, error, disabled, onChange }: Props) {
  const { m } = useI18n();
  const t = m.people.handover;
  const role = item.role === "technicalOwner" ? m.people.ownership.asTechnical : m.people.ownership.asBusiness;
  const labels = { record: item.name, role };
  const errorId = `${item.entityType}-${item.id}-${item.role}-error`;
  return (
    <tr className="align-top">
      <td className="py-2 pr-3">
        <div className="font-medium text-slate-900">{item.name}</div>
        <div className="text-xs text-slate-500">{m.enums.EntityType[item.entityType]} · <code>{item.key}</code></div>
      </td>
      <td className="py-2 pr-3"><TierBadge tier={item.tier} /></td>
      <td className="py-2 pr-3 whitespace-nowrap text-slate-700">{role}</td>
      <td className="py-2 pr-3 text-slate-700">{team?.name ?? <span className="text-amber-700">{m.people.ownership.noTeam}</span>}</td>
      <td className="w-72 py-2">
        <div className="space-y-1.5">
          <Select aria-label={fmt(t.choiceLabel, labels)} value={selectValue(choice)} disabled={disabled}
            aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              const v = e.target.value;
              onChange(v === "gap" ? { kind: "gap" } : v === "person" ? { kind: "person", user: null } : { kind: "lead", userId: v.slice(5) });
            }}>
            <option value="person">{t.person}</option>
            {leads.map((l) => <option key={l.id} value={`lead:${l.id}`}>{fmt(t.lead, { name: l.name })}</option>)}
            <option value="gap">{t.gap}</option>
          </Select>
          {choice.kind === "person" && (
            <UserPicker label={fmt(t.pickerLabel, labels)} value={choice.user} invalid={Boolean(error)}
              describedBy={error ? errorId : undefined} onChange={(user) => onChange({ kind: "person", user })} />
          )}
          {error && <p id={errorId} role="alert" className="text-xs text-red-600">{error}</p>}
        </div>
      </td>
    </tr>
  );
}
