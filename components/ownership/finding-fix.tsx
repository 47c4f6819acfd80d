"use client";
import { useState } from "react";
import type { TGapFinding } from "@/lib/schemas/ownership";
import { useI18n } from "@/lib/i18n/client";
import { Button, ButtonLink } from "@/components/ui/button";
import { ConfirmButton } from "@/components/catalog/confirm-button";
import { AssignOwnersDialog } from "./assign-owners-dialog";
import { HandOverDialog } from "./hand-over-dialog";

type Props = { finding: TGapFinding; onFixed: (name: string) => void };

/**
 * The one-click fix for a finding (writers only). Bus-factor findings are fixed per system, beside
 * each system in the details.
 */
export function FindingFix({ finding, onFixed }: Props) {
  const { m } = useI18n();
  const t = m.ownership.fix;
  const [open, setOpen] = useState(false);
  const { subject } = finding;
  const record = subject.type === "SYSTEM" || subject.type === "INTERFACE" ? subject.type : null;
  // Named for the subject, so a screen reader's list of buttons says which record each one fixes.
  const named = (action: string) => `${action}: ${subject.name}`;

  switch (finding.rule) {
    case "system-unowned":
    case "interface-unowned":
      return (
        <>
          <Button variant="secondary" aria-label={named(t.assign)} onClick={() => setOpen(true)}>{t.assign}</Button>
          {open && <AssignOwnersDialog finding={finding} onClose={() => setOpen(false)} onFixed={onFixed} />}
        </>
      );
    case "deactivated-owner":
      return (
        <>
          <Button variant="secondary" aria-label={named(t.handOver)} onClick={() => setOpen(true)}>{t.handOver}</Button>
          {open && <HandOverDialog finding={finding} onClose={() => setOpen(false)} onFixed={onFixed} />}
        </>
      );
    case "stale":
      return record && <ConfirmButton type={record} id={subject.id} onConfirmed={() => onFixed(subject.name)} label={named(t.confirm)} className="items-start" />;
    case "team-no-active-member":
    case "team-no-lead":
    case "quiet-team":
      return <ButtonLink variant="secondary" href={`/teams/${subject.id}/edit`}>{t.editTeam}</ButtonLink>;
    case "bus-factor":
      return null;
  }
}
