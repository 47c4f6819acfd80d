"use client";
import { useState } from "react";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Field } from "@/components/ui/field";
import { FixError } from "@/components/catalog/fix-error";
import type { TRef, TUserRef } from "@/components/catalog/types";
import { TeamPicker } from "@/components/pickers/team-picker";
import { UserPicker } from "@/components/pickers/user-picker";
import { FixDialog } from "./fix-dialog";
import { useOwnerFix, type OwnerChanges } from "./use-owner-fix";

type Props = { finding: TGapFinding; onClose: () => void; onFixed: (name: string) => void };

/** "Assign owners": pickers for the missing fields only, then one PATCH at the current version. */
export function AssignOwnersDialog({ finding, onClose, onFixed }: Props) {
  const { m } = useI18n();
  const t = m.ownership.fix;
  const f = m.common.fields;
  const { subject, missing } = finding;
  const [team, setTeam] = useState<TRef | null>(null);
  const [technicalOwner, setTechnicalOwner] = useState<TUserRef | null>(null);
  const [businessOwner, setBusinessOwner] = useState<TUserRef | null>(null);
  const [empty, setEmpty] = useState(false);
  const fix = useOwnerFix(() => { onFixed(subject.name); onClose(); });

  const submit = () => {
    const changes: OwnerChanges = {};
    if (team) changes.teamId = team.id;
    if (technicalOwner) changes.technicalOwnerId = technicalOwner.id;
    if (businessOwner) changes.businessOwnerId = businessOwner.id;
    setEmpty(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    fix.mutation.mutate({ type: subject.type as "SYSTEM" | "INTERFACE", id: subject.id, changes });
  };
  const err = (path: string) => fix.fieldErrors[path];

  return (
    <FixDialog title={fmt(t.assignTitle, { name: subject.name })} description={t.assignBody}
      busy={fix.mutation.isPending} onSubmit={submit} onClose={onClose}>
      {fix.formError && <FixError error={fix.formError} onReload={fix.reload} />}
      {empty && <p role="alert" className="text-sm text-red-700">{t.chooseOne}</p>}
      {missing.includes("team") && (
        <Field label={f.team} error={err("teamId")}>
          {(id, d) => <TeamPicker id={id} describedBy={d} invalid={!!err("teamId")} label={f.team} value={team} onChange={setTeam} />}
        </Field>
      )}
      {missing.includes("technicalOwner") && (
        <Field label={f.technicalOwner} error={err("technicalOwnerId")}>
          {(id, d) => <UserPicker id={id} describedBy={d} invalid={!!err("technicalOwnerId")} label={f.technicalOwner}
            value={technicalOwner} onChange={setTechnicalOwner} />}
        </Field>
      )}
      {missing.includes("businessOwner") && (
        <Field label={f.businessOwner} error={err("businessOwnerId")}>
          {(id, d) => <UserPicker id={id} describedBy={d} invalid={!!err("businessOwnerId")} label={f.businessOwner}
            value={businessOwner} onChange={setBusinessOwner} />}
        </Field>
      )}
    </FixDialog>
  );
}
