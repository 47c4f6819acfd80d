"use client";
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FixError } from "@/components/catalog/fix-error";
import { PersonLabel } from "@/components/catalog/people";
import type { TUserRef } from "@/components/catalog/types";
import { UserPicker } from "@/components/pickers/user-picker";
import { teamDetailQuery } from "@/lib/queries/teams";
import { FixDialog } from "./fix-dialog";
import { useOwnerFix, type OwnerChanges } from "./use-owner-fix";

type Props = { finding: TGapFinding; onClose: () => void; onFixed: (name: string) => void };
type Role = "technicalOwner" | "businessOwner";
const FIELD: Record<Role, "technicalOwnerId" | "businessOwnerId"> = { technicalOwner: "technicalOwnerId", businessOwner: "businessOwnerId" };

/**
 * "Hand over": a successor for each deactivated owner of the record, picked by hand or, in one
 * click, the answerable team's active lead.
 */
export function HandOverDialog({ finding, onClose, onFixed }: Props) {
  const { m } = useI18n();
  const t = m.ownership.fix;
  const { subject } = finding;
  const roles = [...new Set(finding.owners.map((o) => o.role))];
  const [chosen, setChosen] = useState<Partial<Record<Role, TUserRef | null>>>({});
  const [empty, setEmpty] = useState(false);
  const fix = useOwnerFix(() => { onFixed(subject.name); onClose(); });
  const team = useQuery({ ...teamDetailQuery(finding.team?.id ?? ""), enabled: !!finding.team });
  const lead = team.data?.members.find((mb) => mb.role === "LEAD" && mb.user.active)?.user;

  const apply = (pick: (role: Role) => TUserRef | null | undefined) => {
    const changes: OwnerChanges = {};
    for (const role of roles) {
      const user = pick(role);
      if (user) changes[FIELD[role]] = user.id;
    }
    setEmpty(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    fix.mutation.mutate({ type: subject.type as "SYSTEM" | "INTERFACE", id: subject.id, changes });
  };

  return (
    <FixDialog title={fmt(t.handOverTitle, { name: subject.name })} description={t.handOverBody}
      busy={fix.mutation.isPending} onSubmit={() => apply((role) => chosen[role])} onClose={onClose}
      extra={lead && (
        <Button variant="secondary" disabled={fix.mutation.isPending} onClick={() => apply(() => lead)}>
          {fmt(t.toLead, { name: lead.name })}
        </Button>
      )}>
      {fix.formError && <FixError error={fix.formError} onReload={fix.reload} />}
      {empty && <p role="alert" className="text-sm text-red-700">{t.choose}</p>}
      {roles.map((role) => {
        const label = fmt(t.newOwner, { role: m.common.fields[role].toLowerCase() });
        const error = fix.fieldErrors[FIELD[role]];
        const gone = finding.owners.find((o) => o.role === role)?.user;
        return (
          <div key={role} className="space-y-1.5">
            <p className="text-sm text-slate-600">
              {fmt(m.ownership.details.deactivated, { role: m.common.fields[role].toLowerCase() })} <PersonLabel user={gone} />
            </p>
            <Field label={label} error={error}>
              {(id, d) => <UserPicker id={id} describedBy={d} invalid={!!error} label={label}
                value={chosen[role] ?? null} onChange={(u) => setChosen((c) => ({ ...c, [role]: u }))} />}
            </Field>
          </div>
        );
      })}
      {finding.team && team.isSuccess && !lead && <p className="text-xs text-slate-500">{t.noLead}</p>}
    </FixDialog>
  );
}
