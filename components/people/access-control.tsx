"use client";
import { useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useDialogTrigger } from "./use-dialog-trigger";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import type { TUser, TUserDeactivateResult, TUserOwnerships } from "@/lib/schemas/user";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Banner, ErrorState } from "@/components/ui/feedback";
import { DeactivatedSummary } from "./deactivated-summary";
import { HandoverDialog } from "./handover-dialog";
import { OnlyLeadNote } from "./only-lead-note";
import { updateErrorText } from "./update-error-text";
import { useDeactivatePerson } from "./use-deactivate-person";
import { userOwnershipsQuery } from "@/lib/queries/people";
import { useUpdatePerson } from "./use-update-person";

type Props = { person: TUser; isSelf: boolean; onUpdated: (user: TUser) => void };

/**
 * Deactivate or reactivate, after a confirmation that says what happens. Deactivation first loads
 * what the person owns: with nothing, a plain confirmation; with ownerships, the hand-over dialog.
 */
export function AccessControl({ person, isSelf, onUpdated }: Props) {
  const { m } = useI18n();
  const t = m.people.admin;
  const qc = useQueryClient();
  const dialog = useDialogTrigger();
  const [done, setDone] = useState<ReactNode>();
  const [checking, setChecking] = useState(false);
  const [checkError, setCheckError] = useState<unknown>();
  const [ownerships, setOwnerships] = useState<TUserOwnerships>();
  // Bumped by "reload the list": the hand-over dialog starts again from fresh ownerships.
  const [round, setRound] = useState(0);
  const reactivate = useUpdatePerson(person.id, onUpdated);
  const finish = (result: TUserDeactivateResult) => {
    onUpdated(result);
    dialog.hide();
    setDone(<DeactivatedSummary result={result} owned={ownerships?.items.length ?? 0} />);
  };
  const deactivate = useDeactivatePerson(person.id, finish);
  const deactivating = person.active;

  const loadOwnerships = () => qc.fetchQuery({ ...userOwnershipsQuery(person.id), staleTime: 0 });

  async function start() {
    if (checking) return;
    reactivate.reset();
    deactivate.reset();
    setDone(undefined);
    setCheckError(undefined);
    if (!deactivating) return dialog.show();
    setChecking(true);
    try {
      setOwnerships(await loadOwnerships());
      dialog.show();
    } catch (error) {
      setCheckError(error);
    } finally {
      setChecking(false);
    }
  }

  async function reload() {
    try {
      setOwnerships(await loadOwnerships());
      setRound((r) => r + 1);
    } catch (error) {
      dialog.hide();
      setCheckError(error);
    }
  }

  function confirmSimple() {
    if (deactivate.isPending || reactivate.isPending) return;
    if (deactivating) return deactivate.mutate({ version: person.version, handovers: [] });
    reactivate.mutate({ version: person.version, active: true }, { onSuccess: () => { dialog.hide(); setDone(t.reactivated); } });
  }

  const pending = deactivate.isPending || reactivate.isPending;
  const failed = deactivate.isError ? deactivate.error : reactivate.isError ? reactivate.error : undefined;
  const owned = ownerships && ownerships.items.length > 0;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">{person.active ? t.activeNote : t.inactiveNote}</p>
      {isSelf && person.active && <p className="text-xs text-slate-500">{t.selfNote}</p>}
      {done && <Banner tone="success">{done}</Banner>}
      {checkError !== undefined && <ErrorState error={checkError} onRetry={start} />}
      <Button variant={deactivating ? "danger" : "secondary"} aria-busy={checking || undefined} onClick={start}>
        {checking ? m.people.handover.checking : deactivating ? t.deactivate : t.reactivate}
      </Button>
      {/* Mounted only while open: ConfirmDialog labels itself with a fixed id, so two in the DOM would share it. */}
      {dialog.open && deactivating && owned && (
        <HandoverDialog key={round} person={person} ownerships={ownerships} onCancel={dialog.hide} onDone={finish} onReload={reload} />
      )}
      {dialog.open && !(deactivating && owned) && (
        <ConfirmDialog
          open
          title={fmt(deactivating ? t.deactivateTitle : t.reactivateTitle, { name: person.name })}
          confirmLabel={pending ? (deactivating ? t.deactivating : t.reactivating) : deactivating ? t.deactivate : t.reactivate}
          onConfirm={confirmSimple}
          onCancel={dialog.hide}
        >
          <div className="space-y-3">
            <p>{deactivating ? t.deactivateBody : t.reactivateBody}</p>
            {deactivating && <p>{m.people.handover.ownsNothing}</p>}
            {deactivating && ownerships && <OnlyLeadNote person={person} teamsLed={ownerships.teamsLed} />}
            {failed !== undefined && <Banner>{updateErrorText(failed, m)}</Banner>}
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}
