"use client";
import { useState } from "react";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { Field } from "@/components/ui/field";
import { FixError } from "@/components/catalog/fix-error";
import type { TUserRef } from "@/components/catalog/types";
import { UserPicker } from "@/components/pickers/user-picker";
import { FixDialog } from "./fix-dialog";
import { useOwnerFix } from "./use-owner-fix";

type Props = {
  record: { type: "SYSTEM" | "INTERFACE"; id: string; name: string };
  /** The person who carries too much. */
  person: string;
  onClose: () => void;
  onFixed: (name: string) => void;
};

/** Bus factor: gives one of the person's critical systems a different technical owner. */
export function ReassignDialog({ record, person, onClose, onFixed }: Props) {
  const { m } = useI18n();
  const t = m.ownership.fix;
  const [owner, setOwner] = useState<TUserRef | null>(null);
  const [empty, setEmpty] = useState(false);
  const fix = useOwnerFix(() => { onFixed(record.name); onClose(); });
  const error = fix.fieldErrors.technicalOwnerId ?? (empty ? t.choose : undefined);
  const submit = () => {
    setEmpty(!owner);
    if (owner) fix.mutation.mutate({ type: record.type, id: record.id, changes: { technicalOwnerId: owner.id } });
  };
  return (
    <FixDialog title={fmt(t.reassignTitle, { name: record.name })} description={fmt(t.reassignBody, { name: record.name, person })}
      busy={fix.mutation.isPending} onSubmit={submit} onClose={onClose}>
      {fix.formError && <FixError error={fix.formError} onReload={fix.reload} />}
      <Field label={t.newTechnicalOwner} error={error}>
        {(id, d) => <UserPicker id={id} describedBy={d} invalid={!!error} label={t.newTechnicalOwner} value={owner} onChange={setOwner} />}
      </Field>
    </FixDialog>
  );
}
