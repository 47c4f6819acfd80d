"use client";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/lib/i18n/client";
import { ROLES } from "@/lib/schemas/enums";
import type { TUser } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { Banner } from "@/components/ui/feedback";
import { updateErrorText } from "./update-error-text";
import { useUpdatePerson } from "./use-update-person";

type Props = { person: TUser; onUpdated: (user: TUser) => void };

export function ChangeRoleForm({ person, onUpdated }: Props) {
  const { m } = useI18n();
  const [role, setRole] = useState(person.role);
  const [saved, setSaved] = useState(false);
  // The record can change underneath (a refresh after another admin's edit): follow it.
  const [seenRole, setSeenRole] = useState(person.role);
  if (seenRole !== person.role) {
    setSeenRole(person.role);
    setRole(person.role);
  }
  const update = useUpdatePerson(person.id, onUpdated);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    update.mutate({ version: person.version, role }, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <Field label={m.people.admin.role} hint={m.people.create.roleHints[role]}>
        {(id, describedBy) => (
          <Select id={id} value={role} aria-describedby={describedBy}
            onChange={(e) => { setRole(e.target.value as TUser["role"]); setSaved(false); update.reset(); }}>
            {ROLES.map((r) => <option key={r} value={r}>{m.enums.Role[r]}</option>)}
          </Select>
        )}
      </Field>
      {update.isError && <Banner>{updateErrorText(update.error, m)}</Banner>}
      {saved && role === person.role && <Banner tone="success">{m.people.admin.roleSaved}</Banner>}
      <Button type="submit" variant="secondary" disabled={role === person.role || update.isPending}>
        {update.isPending ? m.common.actions.saving : m.people.admin.saveRole}
      </Button>
    </form>
  );
}
